package io.wardwatt.lifecycle;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Registers a run of a {@link ScheduledWork} method with {@link RunningJobs} for as long as it runs, and skips it once the
 * service is stopping. Outermost (before {@code @Transactional}), so a skipped run opens no transaction.
 */
@ScheduledWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ScheduledWorkInterceptor {

    @Inject
    RunningJobs jobs;

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        String job = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        if (!jobs.enter(job)) {
            return null; // a scheduled method returns void
        }
        try {
            return context.proceed();
        } finally {
            jobs.exit(job);
        }
    }
}
