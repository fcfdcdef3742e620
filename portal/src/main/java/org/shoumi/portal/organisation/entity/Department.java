package org.shoumi.portal.organisation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A department (部门) of the unit. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.code")
public class Department extends CodedName {

    public static final String ALL = "Department.all";

    protected Department() {
    }

    public Department(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
