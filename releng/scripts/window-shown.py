#!/usr/bin/python3
"""Waits until a top-level window whose title contains TEXT is mapped on the X display, then
prints the time (nanoseconds since the epoch) and exits. Event-driven (no polling), so it costs
the measured program nothing. Used by the start benchmark for the IDE window, which has no probe.
    window-shown.py TEXT READY_FILE    (READY_FILE is written once it listens)"""
import sys
import time

from Xlib import X, display


def title_of(win):
    try:
        for atom in ("_NET_WM_NAME", "WM_NAME"):
            prop = win.get_full_property(win.display.get_atom(atom), X.AnyPropertyType)
            if prop is not None and prop.value:
                value = prop.value
                return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    except Exception:  # the window went away meanwhile
        return ""
    return ""


def main():
    text, ready = sys.argv[1], sys.argv[2]
    d = display.Display()
    root = d.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()
    open(ready, "w").close()
    mapped = set()
    while True:
        event = d.next_event()
        if event.type == X.MapNotify:
            mapped.add(event.window.id)
            win = event.window
            win.change_attributes(event_mask=X.PropertyChangeMask)
            if text in title_of(win):
                break
        elif event.type == X.PropertyNotify and event.window.id in mapped:
            if text in title_of(event.window):
                break
    print(time.time_ns())


if __name__ == "__main__":
    main()
