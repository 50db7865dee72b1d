import i18n from '../../i18n';

/** The programme report's words, kept with the report; added to the console's catalogue when loaded. */
const en = {
  nav: { report: 'Programme report' },
  report: {
    title: 'Programme report',
    programme: 'Programme',
    programmes: { 'group-aid': 'Group-style aid', 'medical-consortium': 'Medical consortium', 'specialist-alliance': 'Specialist alliance', other: 'Other' },
    from: 'From (Beijing day)',
    to: 'To (Beijing day, inclusive)',
    figure: 'Figure',
    total: 'Total',
    chartLabel: 'Each figure by year',
    tableCaption: 'Figures by Beijing year and in total; select a total to see the events behind it',
    csv: 'Download CSV',
    xlsx: 'Download XLSX',
    print: 'Print',
    events: 'Events behind “{{figure}}”: {{count}} events adding up to {{total}}',
    eventColumns: { occurredOn: 'Day', type: 'Event', subject: 'Record', quantity: 'Adds', position: 'Log position' },
    more: 'More events',
    close: 'Close',
    empty: 'Nothing recorded in this period.',
  },
};

const zh: typeof en = {
  nav: { report: '项目报表' },
  report: {
    title: '帮扶项目报表',
    programme: '项目类型',
    programmes: { 'group-aid': '组团式帮扶', 'medical-consortium': '医联体', 'specialist-alliance': '专科联盟', other: '其他' },
    from: '起始日期（北京时间）',
    to: '截止日期（北京时间，含当日）',
    figure: '指标',
    total: '合计',
    chartLabel: '各项指标逐年统计图',
    tableCaption: '按北京时间年度及合计统计的指标；点击合计数可查看其对应的事件',
    csv: '下载 CSV',
    xlsx: '下载 XLSX',
    print: '打印',
    events: '“{{figure}}”对应的事件：共 {{count}} 条，合计 {{total}}',
    eventColumns: { occurredOn: '日期', type: '事件', subject: '记录', quantity: '计数', position: '日志位置' },
    more: '更多事件',
    close: '关闭',
    empty: '该期间没有记录。',
  },
};

i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('zh', 'translation', zh, true, false);
