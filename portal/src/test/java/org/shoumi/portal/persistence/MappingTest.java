package org.shoumi.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * The one persistence unit (META-INF/persistence.xml, every entity of portal, content and quizzes) deployed by
 * EclipseLink, Liberty's JPA provider, on an in-memory Derby database, without Liberty: every entity mapped, every
 * named query compiled, every table and column created (Derby refuses some names, such as AT, and EclipseLink only
 * logs a failed CREATE TABLE), and a person stored and read back. Seconds instead of a server start.
 */
class MappingTest {

    private static final String URL = "jdbc:derby:memory:mapping-test;create=true";
    private static EntityManagerFactory factory;

    @BeforeAll
    static void deploy() {
        Map<String, Object> outside = new HashMap<>();
        outside.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        outside.put("jakarta.persistence.jtaDataSource", "");
        outside.put("jakarta.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        outside.put("jakarta.persistence.jdbc.url", URL);
        outside.put("jakarta.persistence.validation.mode", "NONE");
        outside.put("eclipselink.ddl-generation", "drop-and-create-tables");
        outside.put("eclipselink.ddl-generation.output-mode", "database");
        outside.put("eclipselink.target-server", "None");
        outside.put("eclipselink.weaving", "false");
        outside.put("eclipselink.logging.level", "WARNING");
        factory = Persistence.createEntityManagerFactory("shoumi", outside);
        factory.createEntityManager().close(); // deploys: maps every entity and compiles every named query
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
        try {
            DriverManager.getConnection("jdbc:derby:memory:mapping-test;drop=true");
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception (08006)
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
                "EvidenceEntry", "DocumentVersion", "Quiz", "Attempt", "Mistake")), mapped.toString());
        assertEquals(entities().size(), mapped.size(), "every descriptor is an entity of the unit");
    }

    @Test
    void everyTableAndColumnExistsInDerby() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL)) {
            DatabaseMetaData meta = c.getMetaData();
            for (ClassDescriptor d : entities()) {
                for (DatabaseField field : d.getFields()) {
                    String table = field.getTableName().toUpperCase(Locale.ROOT);
                    String column = field.getName().replace("\"", "").toUpperCase(Locale.ROOT);
                    try (ResultSet rs = meta.getColumns(null, null, table, column)) {
                        if (!rs.next()) {
                            missing.add(d.getJavaClass().getSimpleName() + ": " + table + "." + column);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not created (see EclipseLink's warnings above): " + missing);
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
