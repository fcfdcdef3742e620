package org.shoumi.portal.organisation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A post (岗位) such as 秘书 or 机要收发. Its code is the key of the post's secrecy duties in the content pack
 * (LEADER, SECRETARY, STAFF, PRINTING, CONFIDENTIAL_MAIL, IT_ADMIN, DRIVER, ARCHIVIST, CLERK, CLASSIFIED_PC_OPERATOR).
 */
@Entity
@Table(name = "post")
@NamedQuery(name = Post.ALL, query = "select p from Post p order by p.code")
public class Post extends CodedName {

    public static final String ALL = "Post.all";

    protected Post() {
    }

    public Post(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
