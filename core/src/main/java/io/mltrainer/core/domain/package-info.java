/**
 * The domain: values, states and rules of a build (a job, its stages and their results, the request understood,
 * questions asked, failures). It depends on nothing else of mltrainer.
 */
package io.mltrainer.core.domain;
