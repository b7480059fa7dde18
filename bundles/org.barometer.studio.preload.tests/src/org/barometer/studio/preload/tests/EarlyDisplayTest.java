package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.studio.preload.EarlyDisplay;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The display begun before the workbench, made by SWT under X (Xvfb in the build). */
class EarlyDisplayTest {

	@Test
	void theWorkbenchRunsOnTheThreadThatMadeTheDisplayBegunEarly() throws Exception {
		EarlyDisplay.begin("Barometer Studio early");
		AtomicReference<Thread> ranOn = new AtomicReference<>();
		AtomicReference<String> appName = new AtomicReference<>();

		int result = EarlyDisplay.runOnItsThread(() -> {
			Display display = Display.getCurrent();
			assertNotNull(display, "the task runs where the display begun early is the current one");
			assertSame(Thread.currentThread(), display.getThread());
			assertEquals(0, display.getShells().length, "the widgets warmed before the workbench are gone, none was shown");
			ranOn.set(Thread.currentThread());
			appName.set(Display.getAppName());
			display.dispose();
			return 42;
		});

		assertEquals(42, result);
		assertNotSame(Thread.currentThread(), ranOn.get(), "on the display's own thread, not the caller's");
		assertEquals("Barometer Studio early", appName.get(), "named for GTK before it was made");
	}

	@Test
	void theDisplayBegunEarlyIsUsedOnce() throws Exception {
		EarlyDisplay.begin(null);
		Thread first = EarlyDisplay.runOnItsThread(() -> {
			Display.getCurrent().dispose();
			return Thread.currentThread();
		});

		Thread second = EarlyDisplay.runOnItsThread(Thread::currentThread);

		assertNotSame(Thread.currentThread(), first);
		assertSame(Thread.currentThread(), second, "nothing begun any more: the caller's own thread");
	}

	@Test
	void withoutADisplayBegunEarlyTheTaskRunsOnTheCallersThread() throws Exception {
		// this test runtime launches no studio, so its start began no display (as for the IDE or the command line)
		assertSame(Thread.currentThread(), EarlyDisplay.runOnItsThread(Thread::currentThread));
	}

	@Test
	void whatTheTaskThrowsReachesTheCaller() {
		EarlyDisplay.begin(null);

		IOException thrown = assertThrows(IOException.class, () -> EarlyDisplay.runOnItsThread(() -> {
			Display.getCurrent().dispose();
			throw new IOException("the workbench failed");
		}));
		assertEquals("the workbench failed", thrown.getMessage());
	}

	@Test
	void whenTheDisplayCannotBeMadeEarlyTheTaskRunsOnTheCallersThread() throws Exception {
		// GTK allows one display: while another thread holds one, the early one cannot be made
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Display> other = new CompletableFuture<>();
		Thread holder = new Thread(() -> {
			Display display;
			try {
				display = new Display();
			} catch (Throwable e) {
				other.completeExceptionally(e);
				return;
			}
			other.complete(display);
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			display.dispose();
		});
		holder.start();
		other.get(30, TimeUnit.SECONDS);
		try {
			EarlyDisplay.begin(null);
			assertSame(Thread.currentThread(), EarlyDisplay.runOnItsThread(Thread::currentThread));
		} finally {
			release.countDown();
			holder.join();
		}
	}
}
