import type { ReportFormInput } from '../../lib/report/form';

/** A county 医保局's form: tasks as lead and as partner, one undated, one with a title that needs escaping. */
export const formInput: ReportFormInput = {
  ledgerId: 'ledger-2026-county',
  ledgerTitle: '某县2026年深化医药卫生体制改革重点工作任务',
  department: '县医保局',
  period: { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' },
  tasks: [
    {
      id: 'task-drg',
      seq: '3',
      title: '全面推进DRG/DIP支付方式改革，覆盖所有符合条件的医疗机构',
      role: 'lead',
      deadlineText: '2026年12月底前',
      due: '2026-12-31',
      lastProgress: '已完成信息系统改造',
    },
    {
      id: 'task-vbp',
      seq: '7',
      title: '落实国家和省药品耗材集中带量采购结果 & "两票制"',
      role: 'partner',
      deadlineText: '持续推进',
      due: null,
      lastProgress: null,
    },
    {
      id: 'task-price',
      seq: '12',
      title: '开展医疗服务价格动态调整评估',
      role: 'lead',
      deadlineText: '每季度末',
      due: '2026-12-31',
      lastProgress: '第三季度评估已完成',
    },
    {
      id: 'task-fund',
      seq: '15',
      title: '加强医保基金监管，开展专项检查',
      role: 'partner',
      deadlineText: '2026年11月20日前',
      due: '2026-11-20',
      lastProgress: '',
    },
  ],
};
