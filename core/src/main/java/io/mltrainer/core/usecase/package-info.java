/**
 * The use cases a surface drives: start, answer, resume, cancel a build, its status, and trying a model.
 */
package io.mltrainer.core.usecase;
