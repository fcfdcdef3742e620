package it.org.shoumi.portal;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.api.annotation.Scope;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.HashObjectStore;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.core.spi.context.AbstractContext;
import org.jboss.arquillian.core.spi.context.IdBoundContext;
import org.jboss.arquillian.core.spi.context.ObjectStore;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Test only: the whole integration-test run deploys the portal once. Arquillian deploys and undeploys a test
 * class's archive around each class, which cost some seven seconds per class (about fifty of them) and left the
 * server's heap growing with every redeployment. This extension makes one deployment, that of {@link
 * SuiteDeployment} (the portal war with every in-container test class, see {@link Deployments#portal}), for the
 * first test class, keeps it for every other test class (their own {@code @Deployment} methods are not called)
 * and undeploys it before the server stops. Registered in {@code META-INF/services}; {@code -Dit.one-deployment=false}
 * goes back to one deployment per class.
 */
public final class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (Boolean.parseBoolean(System.getProperty("it.one-deployment", "true"))) {
            builder.context(RunContextImpl.class).observer(Deployer.class);
        }
    }

    /** The scope of what lives as long as the test run: the one deployment scenario. */
    @Scope
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER})
    public @interface RunScoped {
    }

    /** A context active for the whole run; Arquillian finds the scenario in it when a class has none of its own. */
    public interface RunContext extends IdBoundContext<String> {
        void activate();
    }

    public static final class RunContextImpl extends AbstractContext<String> implements RunContext {

        @Override
        public Class<? extends Annotation> getScope() {
            return RunScoped.class;
        }

        @Override
        public void activate() {
            super.activate("run");
        }

        @Override
        protected ObjectStore createNewObjectStore() {
            return new HashObjectStore();
        }
    }

    public static final class Deployer {

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        @RunScoped
        private InstanceProducer<DeploymentScenario> runScenario;

        @Inject
        private Instance<RunContext> runContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeployManaged;

        private DeploymentScenario scenario;
        private boolean deployed;
        private boolean stopping;

        /**
         * Before the first test class, once the container is set up: the one scenario, generated from {@link
         * SuiteDeployment}, kept in the run's context where every test class finds it.
         */
        public void generateOnce(@Observes(precedence = -100) BeforeSuite suite) {
            inSuiteDeploymentClass(() -> {
                generate.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                scenario = classScenario.get();
            });
            runContext.get().activate();
            runScenario.set(scenario);
        }

        /** A test class's own deployment is never generated: the class uses the run's. */
        public void skipGenerate(@Observes EventContext<GenerateDeployment> event) {
            if (scenario == null) {
                event.proceed();
            }
        }

        /** The first test class deploys the run's scenario; the others find it deployed. */
        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                event.proceed();
            }
        }

        /** Undeployed once, when the server is about to stop, not after each class. */
        public void undeployAtEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (stopping) {
                event.proceed();
            }
        }

        public void undeploy(@Observes BeforeStop stop) {
            if (deployed && !stopping) {
                stopping = true;
                undeployManaged.fire(new UnDeployManagedDeployments());
            }
        }

        private void inSuiteDeploymentClass(Runnable work) {
            classContext.get().activate(SuiteDeployment.class);
            try {
                work.run();
            } finally {
                classContext.get().deactivate();
            }
        }
    }
}
