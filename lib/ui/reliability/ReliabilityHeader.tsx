import { BackupReminder } from './BackupReminder';
import { ReminderDaysField } from './ReminderDaysField';
import { StorageStatus } from './StorageStatus';

/** Under the options page title: the backup reminder when due, and how safe the stored data is. */
export function ReliabilityHeader() {
  return (
    <div class="rel-header">
      <BackupReminder variant="options" />
      <p class="rel-status">
        <StorageStatus />
        <ReminderDaysField />
      </p>
    </div>
  );
}
