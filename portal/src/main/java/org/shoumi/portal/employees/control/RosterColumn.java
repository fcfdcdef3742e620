package org.shoumi.portal.employees.control;

import java.util.List;

/**
 * The columns of a roster file in the usual Chinese HR layout, each with the header HR systems print for it
 * and the other spellings accepted. {@link #USERNAME} is optional; the others are required. Only spellings that mean
 * the same are accepted: 人员类别 (the HR system's employee category: 在编, 合同制 …) is no 涉密类别, and 参加工作日期
 * (the start of a working career) is no 入职日期 (the day the person joined the unit, from which onboarding, the
 * 180 days for vetting and the reviews fall due); HR exports carry them beside the real columns, which they were read
 * as (outside check), so they are extra columns, ignored like 性别.
 */
public enum RosterColumn {
    EMPLOYEE_NO("工号", List.of("员工编号", "职工号", "人员编号", "员工号", "编号")),
    NAME("姓名", List.of("员工姓名", "名字")),
    DEPARTMENT("部门", List.of("所在部门", "部门名称", "部门代码")),
    POST("岗位", List.of("岗位名称", "岗位代码", "所在岗位")),
    SECRECY_CLASS("涉密类别", List.of("涉密人员类别", "涉密等级", "涉密程度")),
    HIRE_DATE("入职日期", List.of("入职时间", "到岗日期")),
    USERNAME("登录名", List.of("账号", "帐号", "用户名", "登录账号"));

    private final String header;
    private final List<String> aliases;

    RosterColumn(String header, List<String> aliases) {
        this.header = header;
        this.aliases = aliases;
    }

    /** The header the template uses and messages name. */
    public String header() {
        return header;
    }

    public boolean required() {
        return this != USERNAME;
    }

    /**
     * Whether a header cell (already trimmed, spaces removed) names this column; public so that other imports of
     * staff numbers (the sign-in sheets of offline sessions) accept the same headers.
     */
    public boolean matches(String cell) {
        return header.equals(cell) || aliases.contains(cell);
    }

    /** The headers of a new file, in order. */
    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(RosterColumn::header).toList();
    }

    /** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
