package org.shoumi.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.schema.SchemaCheck;
import org.shoumi.portal.schema.TestDatabases;
import org.shoumi.portal.schema.control.Migrations;

/**
 * The one persistence unit (META-INF/persistence.xml, every entity of portal, content and quizzes) deployed by
 * EclipseLink, Liberty's JPA provider, without Liberty, on an in-memory Derby database whose schema Flyway made
 * from the migrations (as at the portal's start; no DDL generation): every entity mapped, every named query
 * compiled, every table and column the entities map present in the migrated schema, and a person stored and read
 * back. Seconds instead of a server start. SchemaTest does the same on PostgreSQL.
 */
class MappingTest {

    private static DataSource database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void deploy() {
        database = TestDatabases.DERBY.fresh();
        Migrations.migrate(database);
        factory = SchemaCheck.unit(database);
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private static List<ClassDescriptor> entities() {
        return ((JpaEntityManagerFactory) factory).getServerSession().getDescriptors().values().stream()
                .filter(d -> !d.isAggregateDescriptor() && !d.isDescriptorTypeAggregate()).toList();
    }

    @Test
    void everyListedEntityIsMapped() {
        Set<String> mapped = new TreeSet<>();
        factory.getMetamodel().getEntities().forEach(e -> mapped.add(e.getJavaType().getSimpleName()));
        assertTrue(mapped.containsAll(Set.of("Employee", "PersonnelChange", "Account", "Departure", "PostExitPeriod",
                "EvidenceEntry", "DocumentVersion", "Quiz", "Attempt", "Mistake", "LoginTry")), mapped.toString());
        assertEquals(entities().size(), mapped.size(), "every descriptor is an entity of the unit");
    }

    /** The unit lists its classes (exclude-unlisted-classes): an entity left out fails at its first query. */
    @Test
    void everyEntityOfTheSourcesIsListedInTheUnit() throws IOException {
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        List<String> missing = new ArrayList<>();
        for (String module : List.of("src/main/java", "../content/src/main/java", "../quizzes/src/main/java")) {
            Path root = Path.of(module);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("\n@Entity")) {
                        String name = root.relativize(file).toString().replace(File.separatorChar, '.')
                                .replaceAll("\\.java$", "");
                        if (!unit.contains("<class>" + name + "</class>")) {
                            missing.add(name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "entities not listed in META-INF/persistence.xml");
    }

    @Test
    void everyTableAndColumnExistsInTheMigratedSchema() throws SQLException {
        List<String> problems = SchemaCheck.problems(factory, database);
        assertTrue(problems.isEmpty(), "the migrations lack what the entities map (write a V<n> migration in "
                + "db/migration/derby and db/migration/postgresql): " + problems);
    }

    @Test
    void aPersonIsStoredAndFoundByStaffNumber() {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Department department = new Department("MAP", "映射测试部门", "Mapping test");
            Post post = new Post("MAP-POST", "映射测试岗位", null);
            em.persist(department);
            em.persist(post);
            em.persist(new Employee("MAP-001", "吉𠮷", department, post, SecrecyClass.IMPORTANT,
                    EmployeeStatus.ONBOARDING, LocalDate.of(2026, 12, 1)));
            em.getTransaction().commit();
            em.clear();
            Employee found = em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                    .setParameter("employeeNo", "MAP-001").getSingleResult();
            assertEquals("吉𠮷", found.getName(), "a name beyond the BMP survives the round trip");
            assertEquals(SecrecyClass.IMPORTANT, found.getSecrecyClass());
            assertEquals("MAP-POST", found.getPost().getCode());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
