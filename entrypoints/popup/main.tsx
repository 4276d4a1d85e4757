import { render } from 'preact';
import { ChecklistPage } from '../../lib/ui/checklist/ChecklistPage';

render(<ChecklistPage variant="popup" />, document.getElementById('app')!);
