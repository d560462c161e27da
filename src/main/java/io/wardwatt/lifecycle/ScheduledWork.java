package io.wardwatt.lifecycle;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} method (or a class of them) whose runs the service waits for when it stops, and which does
 * not start once the service is stopping: see {@link RunningJobs}. Every scheduled job that uses the database carries it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScheduledWork {
}
