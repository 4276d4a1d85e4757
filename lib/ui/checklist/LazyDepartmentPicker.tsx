import { t } from '../../i18n/t';
import { lazyComponent } from '../lazy-component';

/** "My departments" picker, loaded when first opened: the checklist's first paint does not need it. */
export const LazyDepartmentPicker = lazyComponent(
  () => import('./DepartmentPicker').then((m) => m.DepartmentPicker),
  () => <p class="cl-muted">{t('loading')}</p>,
);
