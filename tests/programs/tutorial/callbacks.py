# Tutorial: callbacks registered as closures and invoked later by an event system.
def make_event_bus():
    listeners = {}
    def on(event, callback):
        if event not in listeners:
            listeners[event] = []
        listeners[event].append(callback)
    def emit(event, payload):
        results = []
        for cb in listeners.get(event, []):
            results.append(cb(payload))
        return results
    return on, emit

on, emit = make_event_bus()

received = []
def logger(prefix):
    def log(payload):
        received.append(prefix + str(payload))
        return len(received)
    return log

on("click", logger("A:"))
on("click", logger("B:"))
on("key", lambda p: "key " + p)
print(emit("click", 1), emit("key", "q"), emit("none", 0))
print(received)

# Callbacks capturing a loop variable: the classic bug and its fix.
buttons_bug = []
buttons_ok = []
for label in ["ok", "cancel", "help"]:
    buttons_bug.append(lambda: "pressed " + label)
    buttons_ok.append(lambda label=label: "pressed " + label)
print([b() for b in buttons_bug])
print([b() for b in buttons_ok])

# A callback that updates state in its defining scope.
def download(sizes, on_progress):
    done = 0
    for s in sizes:
        done += s
        on_progress(done)
    return done

def make_progress():
    seen = []
    def progress(total):
        seen.append(total)
    return progress, seen

progress, seen = make_progress()
print(download([10, 20, 5], progress), seen)

# Error callbacks.
def run_safely(fn, on_error):
    try:
        return fn()
    except Exception as e:
        return on_error(e)

print(run_safely(lambda: 10 // 2, lambda e: "err"))
print(run_safely(lambda: 10 // 0, lambda e: "handled " + type(e).__name__ + ": " + str(e)))
