"""Utilities for with-statement contexts.

Written for closc from the `contextlib` documentation of Python 3.11: generator-based
context managers (`contextmanager`, `asynccontextmanager`), the `ContextDecorator` mixins,
the small ready-made managers (`closing`, `aclosing`, `suppress`, `nullcontext`,
`redirect_stdout`, `redirect_stderr`) and the callback stacks `ExitStack` and
`AsyncExitStack`.

closc has no `abc` module: the abstract base classes here get `isinstance`/`issubclass`
checks of any class defining the protocol's methods from a small metaclass of their own,
but abstract methods are not enforced at instantiation, and they cannot be subscripted
(closc cannot make a `types.GenericAlias` by calling it).
"""

import sys
from collections import deque
from functools import wraps

__all__ = [
    "asynccontextmanager",
    "contextmanager",
    "closing",
    "nullcontext",
    "AbstractContextManager",
    "AbstractAsyncContextManager",
    "AsyncExitStack",
    "ContextDecorator",
    "ExitStack",
    "redirect_stdout",
    "redirect_stderr",
    "suppress",
    "aclosing",
    "chdir",
]

def _defines_all(cls, names):
    """Whether `cls` or a class of its MRO defines each of `names`, not as None."""
    mro = cls.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _ProtocolMeta(type):
    """Stands in for `abc.ABCMeta`: `issubclass(C, cls)` asks `cls.__subclasshook__`
    first, then falls back to the real class hierarchy."""

    def __subclasscheck__(cls, subclass):
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        # type.__subclasscheck__(cls, subclass), which closc lacks.
        return cls in subclass.__mro__

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


class AbstractContextManager(metaclass=_ProtocolMeta):
    """An abstract base class for context managers."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(metaclass=_ProtocolMeta):
    """An abstract base class for asynchronous context managers."""

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class ContextDecorator:
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """The manager to enter for one call of a decorated function: `self` here; a
        one-shot manager makes a fresh copy of itself."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class AsyncContextDecorator:
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        """The manager to enter for one call of a decorated function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        return inner


class _GeneratorCMBase:
    """What the managers of `contextmanager` and `asynccontextmanager` share: the
    generator made from the decorated function, and how to make a fresh manager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A generator runs once, so each use as a decorator needs a new manager.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered, the manager can no longer be recreated: drop what made it.
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # An instance is needed to tell whether the generator let it through.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator finished: the exception is handled, unless it was itself
            # the StopIteration raised in the with block.
            return stop is not value
        except RuntimeError as error:
            if error is value:
                error.__traceback__ = traceback
                return False
            # A StopIteration thrown in comes back wrapped in a RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and error.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            # The exception thrown in came back out: __exit__ reports it by returning
            # False rather than raising it again.
            if error is not value:
                raise
            error.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(
    _GeneratorCMBase, AbstractAsyncContextManager, AsyncContextDecorator
):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as error:
            if error is value:
                error.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and error.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            if error is not value:
                raise
            error.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: makes a generator function that yields once into a
    factory of context managers. The code before the yield runs on entering the with
    block, the yielded value is bound by `as`, and the code after it runs on leaving
    (an exception of the block is raised at the yield)."""

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: `contextmanager` for asynchronous generator
    functions, giving managers for `async with`."""

    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource such as an async generator, calling its ``aclose()`` method."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # The name of the attribute of `sys` to rebind.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the streams replaced, so the same object can be entered again.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # issubclass, as documented (not the exact matching of `except`).
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Changes the current folder for the `with` block, and back at its end (for one
    thread at a time, as CPython's)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os

        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os

        os.chdir(self._old_cwd.pop())


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing, for when a block needs a
    manager only sometimes."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _bound_exit(cm, cm_exit):
    """`cm_exit` (an `__exit__` found on the type of `cm`) bound to `cm`."""

    def exit_callback(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)

    exit_callback.__self__ = cm
    return exit_callback


def _protocol_error(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {what}")


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        # (is the callback synchronous, callback), called last first.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature, or the
        __exit__ method of a context manager (which is not entered)."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager, pushing its __exit__ method as a
        callback; gives the result of its __enter__ method."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments; it cannot suppress
        exceptions."""

        def exit_callback(exc_type, exc, tb):
            callback(*args, **kwds)

        exit_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_callback))
        return callback


def _relink_context(new_exc, old_exc, frame_exc):
    """Makes `old_exc` the context of the chain of contexts starting at `new_exc`,
    replacing the exception that was being handled when the stack was left (which the
    callbacks saw as their context), as nested with statements would have linked them."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _reraise(exc):
    # `raise` would make the handled exception its context again: keep the one set.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as error:
                _relink_context(error, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(error), error, error.__traceback__)
        if pending:
            _reraise(exc_details[1])
        return received_exc and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks,
    synchronous and asynchronous."""

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager, pushing its __aexit__ method as
        a callback; gives the result of its __aenter__ method."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the __aexit__ signature, or the
        __aexit__ method of an asynchronous context manager."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments; it cannot
        suppress exceptions."""

        async def exit_callback(exc_type, exc, tb):
            await callback(*args, **kwds)

        exit_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, exit_callback))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as error:
                _relink_context(error, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(error), error, error.__traceback__)
        if pending:
            _reraise(exc_details[1])
        return received_exc and suppressed
