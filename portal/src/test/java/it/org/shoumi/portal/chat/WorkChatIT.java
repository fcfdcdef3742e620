package it.org.shoumi.portal.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.campaigns.boundary.PlanItemDraft;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.portal.chat.control.ChatRobot;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException;
import org.shoumi.portal.inspections.boundary.RoundDraft;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The work chat on a started server: a robot of the DingTalk kind with a signing secret, served by this test on the
 * port the test server posts to (test-settings.xml). Opening an inspection by the office posts one signed text
 * message naming the round, its due day and the departments, and the portal's address, but no person; a round that
 * was refused posts nothing.
 */
class WorkChatIT extends FromInside {

    private static final String SECRET = "SEC-it-chat-secret";

    /** One request the robot received: its query parameters and body. */
    private record Received(Map<String, String> query, String body) {
    }

    @Inject
    TestData data;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    SelfInspections inspections;

    @Inject
    Plans plans;

    @Inject
    Quizzes quizzes;

    private HttpServer robot;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void robot() throws IOException {
        robot = HttpServer.create(new InetSocketAddress("localhost", 3026), 0);
        robot.createContext("/robot/send", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> params = query == null ? Map.of() : java.util.Arrays.stream(query.split("&"))
                    .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                            p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
            received.add(new Received(params, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        robot.start();
    }

    @AfterEach
    void stop() {
        robot.stop(0);
    }

    @Test
    void aStartedYearlyPlanIsAnnouncedOnceNotOncePerItem() throws Exception {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department dept = new Department("CP" + id, "计划通知部门" + id, null);
        data.persist(dept);
        String quiz = "CHAT-" + id;
        quizzes.define(new QuizDraft(quiz, "通知测试考试 " + quiz, QuizMode.EXAM, 5, null, 1, 5, 20, 60, 3,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL, 0));
        int year = documents.today().getYear();
        EducationPlan plan = plans.create(year, year + "年度通知测试计划" + id, "officer");
        for (Audience audience : List.of(Audience.NON_SECRET, Audience.SECRECY_STAFF)) {
            plans.addItem(plan.getId(), new PlanItemDraft(audience, Set.of(dept.getCode()), "通知测试" + audience + id,
                    quiz, null, new BigDecimal("2"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        plans.start(plan.getId(), "officer");
        Received post = received.poll(15, TimeUnit.SECONDS);
        assertNotNull(post, "the robot was asked");
        assertTrue(post.body().contains("【年度保密教育计划】《" + year + "年度通知测试计划" + id + "》已启动，共 2 项安排"),
                post.body());
        assertNull(received.poll(1, TimeUnit.SECONDS), "one post for the plan, not one per item");
    }

    @Inject
    org.shoumi.portal.campaigns.boundary.Campaigns campaigns;

    /**
     * Found by an outside check: "“秘书岗位专项测试”已布置（1 人），请有关人员于2026-12-15前…" in the whole unit's group
     * pointed at one person, said nobody who was concerned, and not that the window opened only on 12-09. The post
     * names the audience (department, post, class), the opening day and the due day, and no head count below five.
     */
    @Test
    void aCampaignIsAnnouncedByItsAudienceAndWindowWithoutASmallHeadCount() throws Exception {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department dept = new Department("CC" + id, "活动通知部门" + id, null);
        Post post = new Post("CC" + id, "通知秘书" + id, null);
        data.persist(dept, post);
        data.persist(new Employee("CE" + id, "唯一秘书", dept, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE,
                LocalDate.of(2021, 1, 4)));
        String quiz = "CHATC-" + id;
        quizzes.define(new QuizDraft(quiz, "通知测试考试 " + quiz, QuizMode.EXAM, 5, null, 1, 5, 20, 60, 3,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL, 0));
        LocalDate opens = documents.today().plusDays(2);
        LocalDate due = documents.today().plusDays(8);
        campaigns.launch(new org.shoumi.portal.campaigns.boundary.CampaignDraft("CC-" + id, "秘书岗位专项" + id, quiz,
                opens, due, Set.of(dept.getCode()), Set.of(post.getCode()), Set.of(SecrecyClass.IMPORTANT)),
                "officer");
        Received said = received.poll(15, TimeUnit.SECONDS);
        assertNotNull(said, "the robot was asked");
        assertTrue(said.body().contains("【保密培训】“秘书岗位专项" + id + "”已布置，对象：部门：活动通知部门" + id
                + "，岗位：通知秘书" + id + "，涉密类别：重要；" + opens + "起开放，请有关人员于" + due
                + "前登录保密工作门户完成。"), said.body());
        assertTrue(!said.body().contains("1 人") && !said.body().contains("唯一秘书") && !said.body().contains("CE" + id),
                "neither a head count of one nor the person");
    }

    @Test
    void anInspectionByTheOfficeIsAnnouncedToTheGroupSignedAndWithoutNames() throws Exception {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department dept = new Department("CH" + id, "通知测试部门" + id, null);
        Post post = new Post("CP" + id, "通知岗位", null);
        Employee officer = new Employee("CO" + id, "通知保密员", dept, post, SecrecyClass.IMPORTANT,
                EmployeeStatus.ACTIVE, LocalDate.of(2021, 1, 4));
        data.persist(dept, post, officer);
        String login = Deployments.uniqueName("chat");
        accounts.create(login, "Tide-Lamp-739".toCharArray(), Set.of(Role.SECRECY_OFFICER, Role.EMPLOYEE), officer);
        LocalDate due = documents.today().plusDays(10);

        assertThrows(InspectionRefusedException.class, () -> inspections.open(new RoundDraft("通知测试" + id,
                InspectionScope.OFFICE, "checklist.department", due, List.of()), login));
        assertNull(received.poll(1, TimeUnit.SECONDS), "a refused round is not announced");

        inspections.open(new RoundDraft("通知测试" + id, InspectionScope.OFFICE, "checklist.department", due,
                List.of(dept.getCode())), login);
        Received post1 = received.poll(15, TimeUnit.SECONDS);
        assertNotNull(post1, "the robot was asked");
        assertEquals("it-chat-token", post1.query().get("access_token"));
        long timestamp = Long.parseLong(post1.query().get("timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 60_000, "the time of posting");
        assertEquals(ChatRobot.sign(timestamp, SECRET), post1.query().get("sign"), "signed with the robot's secret");
        String body = post1.body();
        assertTrue(body.contains("\"msgtype\":\"text\""), body);
        assertTrue(body.contains("【保密检查】保密办开展“通知测试" + id + "”，检查通知测试部门" + id + "，" + due + "前完成"), body);
        assertTrue(body.contains("门户地址："), body);
        assertTrue(!body.contains("通知保密员") && !body.contains("CO" + id), "no person is named");
        assertNull(received.poll(1, TimeUnit.SECONDS), "posted once");
    }
}
