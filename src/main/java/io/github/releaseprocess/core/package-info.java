/** What every core package shares: the user-error exception and the reporting interface. */
package io.github.releaseprocess.core;
