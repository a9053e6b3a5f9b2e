/**
 * Everything the core needs from outside, as interfaces and the values they exchange: stores (jobs, events,
 * intakes, secrets), dataset sources and readers, training runtimes and the sandbox, the model hub and registry,
 * chat surfaces, intent parsing. Adapters implement them; the core never does I/O itself.
 */
package io.mltrainer.core.port.out;
