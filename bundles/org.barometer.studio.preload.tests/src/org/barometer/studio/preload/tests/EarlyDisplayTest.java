package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.studio.preload.EarlyDisplay;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The display begun before the workbench, made by SWT under X (Xvfb in the build). */
class EarlyDisplayTest {

	@Test
	void theWorkbenchRunsOnTheThreadThatMadeTheDisplayBegunEarly() throws Exception {
		List<Throwable> warmUpFailures = new CopyOnWriteArrayList<>();
		EarlyDisplay.begin("Barometer Studio early", true, warmUpFailures::add);
		AtomicReference<Thread> ranOn = new AtomicReference<>();
		AtomicReference<String> appName = new AtomicReference<>();
		AtomicReference<Integer> shellsLeft = new AtomicReference<>();

		int result = EarlyDisplay.runOnItsThread(() -> {
			Display display = Display.getCurrent();
			assertNotNull(display, "the task runs where the display begun early is the current one");
			try {
				ranOn.set(display.getThread());
				appName.set(Display.getAppName());
				shellsLeft.set(display.getShells().length);
				return 42;
			} finally {
				display.dispose();
			}
		});

		assertEquals(42, result);
		assertNotSame(Thread.currentThread(), ranOn.get(), "on the display's own thread, not the caller's");
		assertEquals("Barometer Studio early", appName.get(), "named for GTK as the workbench would name it");
		assertEquals(0, shellsLeft.get(), "the widgets warmed before the workbench are gone, none was shown");
		assertEquals(List.of(), warmUpFailures);
	}

	@Test
	void theDisplayBegunEarlyIsUsedOnceThenTasksRunOnTheCallersThread() throws Exception {
		EarlyDisplay.begin(null, false, failure -> { });
		Thread first = EarlyDisplay.runOnItsThread(() -> {
			Display.getCurrent().dispose();
			return Thread.currentThread();
		});

		// as for the IDE or the command line, which begin none
		Thread second = EarlyDisplay.runOnItsThread(Thread::currentThread);

		assertNotSame(Thread.currentThread(), first);
		assertSame(Thread.currentThread(), second);
	}

	@Test
	void whatTheTaskThrowsReachesTheCaller() {
		EarlyDisplay.begin(null, false, failure -> { });
		IOException thrown = assertThrows(IOException.class, () -> EarlyDisplay.runOnItsThread(() -> {
			Display.getCurrent().dispose();
			throw new IOException("the workbench failed");
		}));
		assertEquals("the workbench failed", thrown.getMessage());

		EarlyDisplay.begin(null, false, failure -> { });
		LinkageError error = assertThrows(LinkageError.class, () -> EarlyDisplay.runOnItsThread(() -> {
			Display.getCurrent().dispose();
			throw new LinkageError("a class went missing");
		}));
		assertEquals("a class went missing", error.getMessage());
	}

	@Test
	void whenTheDisplayCannotBeMadeEarlyTheTasksOwnAttemptFailsAlikeAndTheCallerIsTold() throws Exception {
		// GTK allows one display: while another thread holds one, the early one cannot be made (as
		// without X); the task, on that thread, meets the failure instead of waiting for GTK's lock
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
			EarlyDisplay.begin(null, true, failure -> { });
			AtomicReference<Thread> triedOn = new AtomicReference<>();
			CompletableFuture<SWTError> failure = CompletableFuture.supplyAsync(
					() -> assertThrows(SWTError.class, () -> EarlyDisplay.runOnItsThread(() -> {
						triedOn.set(Thread.currentThread());
						return new Display();
					})));
			SWTError error = failure.get(30, TimeUnit.SECONDS);
			assertTrue(error.getMessage().contains("multiple displays"), error.getMessage());
			assertEquals("Barometer Studio UI", triedOn.get().getName(),
					"tried again on the thread whose attempt failed, not on the caller's");
		} finally {
			release.countDown();
			holder.join();
		}
	}
}
