import { render } from 'preact';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
