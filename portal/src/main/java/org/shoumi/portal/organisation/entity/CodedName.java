package org.shoumi.portal.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Something of the organisation known by a business code and a Chinese name, with an optional English name. */
@MappedSuperclass
public abstract class CodedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9_]+")
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    /** Chinese name, always present. */
    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    /** English name, optional; the Chinese name is shown when it is missing. */
    @Size(max = 100)
    @Column(length = 100)
    private String nameEn;

    protected CodedName() {
    }

    protected CodedName(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the given language: English when asked for and known, Chinese otherwise. */
    public String nameIn(String language) {
        return in(language, name, nameEn);
    }

    /**
     * The same choice for a name a row carries without its entity (a department's or post's names read into a
     * list row): the English name when English is asked for and the name has one, else the Chinese name.
     */
    public static String in(String language, String name, String nameEn) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
