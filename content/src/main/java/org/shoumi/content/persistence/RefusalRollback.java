package org.shoumi.content.persistence;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Rolls back the transaction a {@link Refusal} leaves, inside the transaction the {@link Boundary}'s
 * {@code @Transactional} began or joined (this interceptor runs after Liberty's, priority 200): the refusal is in
 * {@code dontRollbackOn} so that Liberty does not report it as a fault, and nothing of a refused call may be kept.
 */
@Interceptor
@RefusalRollback.Bound
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalRollback {

    /** Binds {@link RefusalRollback}; used through {@link Boundary}. */
    @InterceptorBinding
    @Retention(RUNTIME)
    @Target({TYPE, METHOD})
    public @interface Bound {
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object rollBackRefusals(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException e) {
            if (e instanceof Refusal && !keeps(call.getMethod(), e)
                    && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw e;
        }
    }

    /** Whether the method's own {@code @Transactional} keeps its work on this refusal: it lists its class. */
    static boolean keeps(Method method, RuntimeException refusal) {
        Transactional own = method.getAnnotation(Transactional.class);
        return own != null && Arrays.stream(own.dontRollbackOn())
                .anyMatch(kept -> kept != Refusal.class && kept.isInstance(refusal));
    }
}
