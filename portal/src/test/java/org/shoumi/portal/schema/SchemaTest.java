package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.schema.control.Migrations;

/**
 * The migrations against the entities, on Derby and on PostgreSQL: an empty database migrated by Flyway has every
 * table and column the persistence unit maps (so an entity or a field added without a migration fails here, named
 * by table and column), the unit works on it with no DDL generation, and a second start has nothing to migrate.
 */
class SchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anEmptyDatabaseMigratedByFlywayHasEverythingTheEntitiesMap(TestDatabases kind) throws Exception {
        DataSource ds = kind.fresh();
        Migrations.Outcome outcome = Migrations.migrate(ds);
        assertEquals("none", outcome.from(), "an empty database is migrated from nothing, V1 included");
        assertEquals(Latest.version(ds), outcome.to());
        EntityManagerFactory unit = SchemaCheck.unit(ds);
        try {
            List<String> problems = SchemaCheck.problems(unit, ds);
            assertTrue(problems.isEmpty(), "the migrations lack what the entities map (write a V<n> migration "
                    + "in db/migration/derby and db/migration/postgresql): " + problems);
            aPersonIsStoredAndFound(unit);
        } finally {
            unit.close();
        }
        Migrations.Outcome again = Migrations.migrate(ds);
        assertEquals(0, again.scriptsRun(), "a second start has nothing to migrate");
        assertEquals(outcome.to(), again.to());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void whatTheSchemaLacksIsNamedByTableAndColumn(TestDatabases kind) throws Exception {
        DataSource ds = kind.fresh();
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE notification DROP COLUMN link");
            s.execute("DROP TABLE account_role");
            s.execute(kind == TestDatabases.DERBY ? "ALTER TABLE evidence_entry ALTER COLUMN employee_no NOT NULL"
                    : "ALTER TABLE evidence_entry ALTER COLUMN employee_no SET NOT NULL");
        }
        EntityManagerFactory unit = SchemaCheck.unit(ds);
        try {
            List<String> problems = SchemaCheck.problems(unit, ds);
            assertEquals(List.of("NOTIFICATION.LINK: column missing (no migration adds it)",
                    "EVIDENCE_ENTRY.EMPLOYEE_NO: NOT NULL in the database, but the mapping may leave it empty",
                    "ACCOUNT_ROLE: table missing (no migration creates it)"),
                    problems.stream().sorted((a, b) -> b.compareTo(a)).toList());
        } finally {
            unit.close();
        }
    }

    private static void aPersonIsStoredAndFound(EntityManagerFactory unit) {
        EntityManager em = unit.createEntityManager();
        try {
            em.getTransaction().begin();
            Department department = new Department("SCH", "迁移测试部门", "Schema test");
            Post post = new Post("SCH-POST", "迁移测试岗位", null);
            em.persist(department);
            em.persist(post);
            em.persist(new Employee("SCH-001", "吉𠮷", department, post, SecrecyClass.CORE, EmployeeStatus.ONBOARDING,
                    LocalDate.of(2026, 12, 3)));
            em.getTransaction().commit();
            em.clear();
            Employee found = em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                    .setParameter("employeeNo", "SCH-001").getSingleResult();
            assertEquals("吉𠮷", found.getName());
            assertEquals("SCH-POST", found.getPost().getCode());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
