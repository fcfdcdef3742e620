package org.shoumi.content.pack.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small pack that is valid, and ways to break it one thing at a time. */
final class PackFixtures {

    static final Set<String> POSTS = Set.of("SECRETARY", "DRIVER");

    static final String RULE = """
            ---
            key: rules.carriers
            kind: RULE
            title: 载体管理
            version: 1
            effective: 2026-01-01
            material-change: false
            ---
            # 载体管理

            ### 第一条 登记 {#rules.carriers.1}
            涉密载体应当登记编号。

            ### 第二条 复制 {#rules.carriers.2}
            复制须经审批。
            """;

    static final String DUTY_SECRETARY = """
            ---
            key: duties.secretary
            kind: DUTY
            title: 秘书岗位保密职责
            version: 1
            effective: 2026-01-01
            post: SECRETARY
            ---
            ### 第一条 文件管理 {#duties.secretary.1}
            及时清退会议文件。
            """;

    static final String DUTY_DRIVER = """
            ---
            key: duties.driver
            kind: DUTY
            title: 司机岗位保密职责
            version: 1
            effective: 2026-01-01
            post: DRIVER
            ---
            ### 第一条 谈话 {#duties.driver.1}
            不谈论乘车人员的工作内容。
            """;

    static final String PLEDGE = """
            ---
            key: pledge.onboarding
            kind: PLEDGE
            title: 上岗保密承诺书
            version: 1
            effective: 2026-01-01
            pledge-kind: ONBOARDING
            ---
            本人{{name}}（工号{{employeeNo}}），在{{department}}任{{post}}，承诺遵守保密规定。

            日期：{{date}}
            """;

    static final String CHECKLIST = """
            ---
            key: checklist.personal
            kind: CHECKLIST
            title: 个人保密自查
            version: 1
            effective: 2026-01-01
            ---
            - {#checklist.personal.1} 涉密载体是否全部登记？ | 整改：立即补登记。
            - {#checklist.personal.2} 是否未在互联网计算机上处理涉密信息？ | 整改：停止并报告保密办。
            """;

    static final String QUESTIONS = """
            ---
            key: questions.carriers
            kind: QUESTIONS
            title: 载体管理题
            version: 1
            effective: 2026-01-01
            ---
            ## Q carriers-001
            type: SINGLE
            clause: rules.carriers.2
            difficulty: 2
            stem: 复制涉密载体须经过什么？
            A: 审批
            B: 口头同意
            answer: A
            explanation: 复制须经审批。

            ## Q carriers-002
            type: MULTI
            clause: rules.carriers.1
            difficulty: 3
            basis: 《中华人民共和国保守国家秘密法》
            stem: 哪些做法正确？
            A: 登记
            B: 编号
            C: 随意放置
            answer: AB
            explanation: 应当登记编号。

            ## Q carriers-003
            type: JUDGE
            clause: duties.driver.1
            difficulty: 1
            stem: 司机可以谈论乘车人员的工作内容。
            answer: FALSE
            explanation: 不得谈论。

            ## Q carriers-004
            type: FILL
            clause: duties.secretary.1
            difficulty: 2
            stem: 秘书应及时清退____文件。
            answer: 会议|会议的
            explanation: 及时清退会议文件。
            """;

    private PackFixtures() {
    }

    static List<PackFile> valid() {
        return new ArrayList<>(List.of(
                new PackFile("rules/carriers.md", RULE),
                new PackFile("duties/secretary.md", DUTY_SECRETARY),
                new PackFile("duties/driver.md", DUTY_DRIVER),
                new PackFile("pledges/onboarding.md", PLEDGE),
                new PackFile("checklists/personal.md", CHECKLIST),
                new PackFile("questions/carriers.md", QUESTIONS)));
    }

    /** The valid pack with one file's text replaced. */
    static List<PackFile> with(String path, String text) {
        List<PackFile> files = valid();
        files.replaceAll(f -> f.path().equals(path) ? new PackFile(path, text) : f);
        return files;
    }

    static List<PackProblem> validate(List<PackFile> files) {
        return PackValidator.validate(ContentPack.parse(files), POSTS);
    }
}
