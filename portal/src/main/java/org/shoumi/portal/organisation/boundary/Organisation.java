package org.shoumi.portal.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/** Reads the unit's departments and posts (for filters and pick lists). */
@ApplicationScoped
@Boundary
public class Organisation {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public List<Department> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    public List<Post> posts() {
        return em.createNamedQuery(Post.ALL, Post.class).getResultList();
    }
}
