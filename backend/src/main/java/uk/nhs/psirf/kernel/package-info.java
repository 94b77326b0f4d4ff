/**
 * The shared PSIRF kernel: the few words of the framework itself (policy §10's planned response types) that
 * several features speak, owned by none of them. It depends on nothing in the product.
 */
package uk.nhs.psirf.kernel;
