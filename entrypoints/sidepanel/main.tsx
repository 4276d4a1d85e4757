import { render } from 'preact';
import { ChecklistPage } from '../../lib/ui/checklist/ChecklistPage';

render(<ChecklistPage variant="sidepanel" />, document.getElementById('app')!);
