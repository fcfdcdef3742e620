package org.shoumi.portal.web.employees;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.HireRefusedException;
import org.shoumi.portal.employees.boundary.SameNameLeaversAsked;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.EmailAddress;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;

/** HR records a new hire with their login; a secret-related hire gets the onboarding programme at once. */
@Named
@ViewScoped
public class HireView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Roster roster;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @StaffNumber
    private String employeeNo;
    private String name;
    private String departmentCode;
    private String postCode;
    private SecrecyClass secrecyClass = SecrecyClass.GENERAL;
    private LocalDate hireDate;
    private String username;
    private String password;
    @EmailAddress
    private String email;
    /** The leavers of the same name under a running 脱密期 the last refusal named; none before. */
    private List<SameNameLeaversAsked.Leaver> sameNameLeavers = List.of();
    private boolean otherPersonConfirmed;

    @jakarta.annotation.PostConstruct
    void today() {
        // today in the unit's zone: the server's would be yesterday before eight in the morning
        hireDate = roster.today();
    }

    public String hire() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            return actions.attempt(() -> {
                Roster.Hired hired;
                try {
                    hired = roster.hireTelling(new HireDraft(employeeNo, name, departmentCode, postCode,
                            secrecyClass, hireDate, username, secret, email, otherPersonConfirmed),
                            external.getRemoteUser());
                } catch (HireRefusedException refused) {
                    if (refused.reason() == HireRefusedException.Reason.SAME_NAME_LEAVER) {
                        // the form now asks HR to confirm it is another person
                        sameNameLeavers = refused.leavers();
                    }
                    throw refused;
                }
                boolean onboarding = hired.training().isPresent();
                // the number and name as the roster keeps them ("sm903" typed is SM903)
                // 核心 and 重要 wait for their 上岗审查 before the pledge: said here, the officers are told (the save
                // said only that the onboarding had started, and nobody knew a vetting was awaited; outside check)
                messages.info(!onboarding ? "hire.done"
                                : org.shoumi.portal.vetting.boundary.Vettings.neededBeforePost(secrecyClass)
                                ? "hire.done.onboardingVetting" : "hire.done.onboarding",
                        org.shoumi.portal.employees.control.RosterReader.name(name),
                        org.shoumi.portal.employees.entity.Employee.canonicalNumber(employeeNo));
                // the started yearly plans' items the hire was given, as the roster import lists them
                if (!hired.plans().isEmpty()) {
                    messages.info("hire.done.plans", hired.plans().size(), hired.plans().stream()
                            .map(t -> t.title()).collect(java.util.stream.Collectors.joining(
                                    messages.text("common.listSeparator"))));
                }
                return Actions.redirect("/programmes/overview.xhtml");
            }, "hire.refused.");
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
        }
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public List<Post> getPosts() {
        return organisation.posts();
    }

    public SecrecyClass[] getSecrecyClasses() {
        return SecrecyClass.values();
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public void setSecrecyClass(SecrecyClass secrecyClass) {
        this.secrecyClass = secrecyClass;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<SameNameLeaversAsked.Leaver> getSameNameLeavers() {
        return sameNameLeavers;
    }

    public boolean isOtherPersonConfirmed() {
        return otherPersonConfirmed;
    }

    public void setOtherPersonConfirmed(boolean otherPersonConfirmed) {
        this.otherPersonConfirmed = otherPersonConfirmed;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
