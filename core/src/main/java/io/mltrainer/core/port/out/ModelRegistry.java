package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Deployment;

/** Where models are published; publishing the same package twice gives the same result. */
public interface ModelRegistry {
    Deployment publish(ModelPackage modelPackage);
}
