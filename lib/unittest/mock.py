"""unittest.mock's basics: Mock, MagicMock, NonCallableMock, PropertyMock, call, ANY,
sentinel, DEFAULT, patch (as decorator and context manager), patch.object and patch.dict.

Mocks record their calls (call_args, call_args_list, mock_calls, method_calls), create
child mocks for attributes and return values, and check calls with CPython's messages."""

import functools
import pprint
import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'PropertyMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call')


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


class _SentinelObject:
    """A unique object named by the attribute of `sentinel` that made it."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _AnyComparer:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _AnyComparer()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs), or (args, kwargs) without a name.

    `call` builds them: `call(1)`, `call.method(2)`, `call().attr(3)`."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (only,) = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._parts()
        elif len(other) == 3:
            other_name, other_args, other_kwargs = other
        elif len(other) == 2:
            other_name = ''
            other_args, other_kwargs = other
            if isinstance(other_args, str):
                other_name, other_args, other_kwargs = other_args, (), {}
        else:
            return False
        name, args, kwargs = self._parts()
        if len(self) == 3 and name and other_name != name:
            return False
        return (args, kwargs) == (tuple(other_args), dict(other_kwargs))

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call%s' % name
        else:
            name = 'call.%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        calls = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                calls.append(link)
            link = link._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls, in which `in` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        for start in range(0, len(self) - len(value) + 1):
            if self[start:start + len(value)] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class NonCallableMock:
    """A mock object that is not callable: attributes are child mocks made on first use."""

    def __new__(cls, *args, **kwargs):
        # Each mock gets a class of its own, where its magic methods can be set: Python
        # looks them up on the type.
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, **kwargs):
        set_raw = object.__setattr__
        if spec_set is not None:
            spec = spec_set
        set_raw(self, '_mock_parent', parent)
        set_raw(self, '_mock_name', name)
        set_raw(self, '_mock_new_name', _new_name)
        set_raw(self, '_mock_new_parent', _new_parent)
        set_raw(self, '_mock_wraps', wraps)
        set_raw(self, '_mock_children', {})
        set_raw(self, '_mock_return_value', DEFAULT)
        set_raw(self, '_mock_side_effect', None)
        set_raw(self, '_spec_set', spec_set is not None)
        set_raw(self, '_mock_unsafe', unsafe)
        if spec is None:
            set_raw(self, '_spec_class', None)
            set_raw(self, '_mock_methods', None)
        else:
            if isinstance(spec, list):
                spec_class = None
                methods = spec
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
            set_raw(self, '_spec_class', spec_class)
            set_raw(self, '_mock_methods', methods)
        set_raw(self, 'called', False)
        set_raw(self, 'call_count', 0)
        set_raw(self, 'call_args', None)
        set_raw(self, 'call_args_list', _CallList())
        set_raw(self, 'mock_calls', _CallList())
        set_raw(self, 'method_calls', _CallList())
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        """Sets attributes from keywords; dotted names reach into child mocks."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            names = dotted.split('.')
            target = self
            for name in names[:-1]:
                target = getattr(target, name)
            setattr(target, names[-1], value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            object.__setattr__(self, '_mock_return_value', value)
        return value

    def _set_return_value(self, value):
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None \
                and value._mock_parent is None and value._mock_name is None:
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_new_name', '()')
        object.__setattr__(self, '_mock_return_value', value)

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = _SideEffectIterator(value)
        object.__setattr__(self, '_mock_side_effect', value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_spec_class', '_mock_children'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or _is_magic(name):
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(
                ('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(
                f"{name!r} is not a valid assertion. Use a spec for the mock if "
                f"{name!r} is meant to be an attribute.")
        children = self._mock_children
        child = children.get(name)
        if child is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                         _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__
                and name not in ('return_value', 'side_effect')):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in ('return_value', 'side_effect') or name.startswith('_mock_'):
            object.__setattr__(self, name, value)
            return
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None \
                and value._mock_parent is None and value._mock_name is None:
            # A mock assigned to an attribute becomes a child: its calls are recorded.
            object.__setattr__(value, '_mock_parent', self)
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_name', name)
            object.__setattr__(value, '_mock_new_name', name)
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            del self._mock_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
        elif name in self.__dict__:
            object.__delattr__(self, name)
        else:
            raise AttributeError(name)

    def attach_mock(self, mock, attribute):
        for attr in ('_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'):
            object.__setattr__(mock, attr, None)
        setattr(self, attribute, mock)

    def _get_child_mock(self, **kw):
        kind = type(self).__mro__[1]
        if not issubclass(kind, CallableMixin):
            kind = MagicMock if issubclass(kind, NonCallableMagicMock) else Mock
        return kind(**kw)

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % \
                self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        return sorted(set(extras + list(type(self).__dict__) + list(self.__dict__)
                          + list(self._mock_children)))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        set_raw = object.__setattr__
        set_raw(self, 'called', False)
        set_raw(self, 'call_args', None)
        set_raw(self, 'call_count', 0)
        set_raw(self, 'mock_calls', _CallList())
        set_raw(self, 'call_args_list', _CallList())
        set_raw(self, 'method_calls', _CallList())
        if return_value:
            set_raw(self, '_mock_return_value', DEFAULT)
        if side_effect:
            set_raw(self, '_mock_side_effect', None)
        for child in list(self._mock_children.values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        value = self._mock_return_value
        if isinstance(value, NonCallableMock) and value is not self:
            value.reset_mock(visited)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        expected = self._format_mock_call_signature(args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        if self.call_args != _Call((args, kwargs), two=True):
            actual = self._format_mock_call_signature(*self.call_args)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, actual))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        if not any_order:
            if expected not in self.mock_calls:
                raise AssertionError(
                    f'Calls not found.\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        remaining = list(self.mock_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(not_found), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == actual for actual in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


class _SideEffectIterator:
    """An iterable side effect: each call takes its next value (StopIteration at the end)."""

    def __init__(self, values):
        self.values = values
        self.iterator = iter(values)

    def __iter__(self):
        return self.iterator

    def __next__(self):
        return next(self.iterator)


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._execute_call(args, kwargs)

    def _record_call(self, args, kwargs):
        set_raw = object.__setattr__
        set_raw(self, 'called', True)
        set_raw(self, 'call_count', self.call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        set_raw(self, 'call_args', this_call)
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # Parents record the call too, named by the path from them to this mock.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_call(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _SideEffectIterator):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calling it records the call and returns `return_value` (a child
    mock unless set), or what `side_effect` gives or raises."""


# The magic methods MagicMock supports, with the value each returns unless configured.
_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1,
}
_MAGIC_CHILDREN = ('__enter__', '__getitem__', '__setitem__', '__delitem__', '__iter__',
                   '__call__', '__add__', '__sub__', '__mul__', '__truediv__',
                   '__floordiv__', '__mod__', '__pow__', '__neg__', '__pos__', '__abs__',
                   '__invert__', '__and__', '__or__', '__xor__', '__lshift__', '__rshift__',
                   '__round__', '__trunc__', '__floor__', '__ceil__')
_MAGIC_NAMES = frozenset(_MAGIC_DEFAULTS).union(n for n in _MAGIC_CHILDREN if n != '__call__')


def _magic_method(name):
    """The magic method `name` of a MagicMock's class: it calls the child mock of that name."""
    def method(self, /, *args, **kwargs):
        return self._magic_child(name)(*args, **kwargs)
    method.__name__ = name
    return method


class MagicMixin:
    """Puts the magic methods on the mock's own class, each calling a child mock; reading
    one as an attribute gives that child, to configure."""

    def __init__(self, *args, **kwargs):
        own_class = type(self)
        for name in _MAGIC_NAMES:
            setattr(own_class, name, _magic_method(name))
        super().__init__(*args, **kwargs)

    def __getattribute__(self, name):
        if name in _MAGIC_NAMES:
            return object.__getattribute__(self, '_magic_child')(name)
        return object.__getattribute__(self, name)

    def _magic_child(self, name):
        children = self._mock_children
        child = children.get(name)
        if child is None:
            child = MagicMock(name=name, parent=self, _new_name=name, _new_parent=self)
            if name in _MAGIC_DEFAULTS:
                child.return_value = _MAGIC_DEFAULTS[name]
            elif name == '__iter__':
                child.return_value = iter([])
            children[name] = child
        return child

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    __hash__ = object.__hash__

    def __str__(self):
        return object.__str__(self)

    def __setattr__(self, name, value):
        if name in _MAGIC_NAMES:
            if isinstance(value, NonCallableMock):
                self._mock_children[name] = value
            else:
                # A function given for a magic method is called with the mock first.
                function = value
                child = self._magic_child(name)
                child.side_effect = lambda *args, **kw: function(self, *args, **kw)
            return
        NonCallableMock.__setattr__(self, name, value)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that is not callable."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, `with`
    works, comparisons fall back to identity."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting and setting call it."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def _resolve(target):
    """The object a dotted name stands for, importing nothing that is not yet imported."""
    parts = target.split('.')
    for count in range(len(parts), 0, -1):
        module = sys.modules.get('.'.join(parts[:count]))
        if module is not None:
            found = module
            for part in parts[count:]:
                found = getattr(found, part)
            return found
    raise ModuleNotFoundError("No module named %r" % parts[0], name=parts[0])


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _resolve(owner)), attribute


class _patch:
    """Replaces an attribute for the time of a with block or a decorated function."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable,
                 kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.kwargs = kwargs

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, DEFAULT)
        if original is DEFAULT and not self.create:
            raise AttributeError("%r does not have the attribute %r"
                                 % (self.target, self.attribute))
        self.is_local = original is not DEFAULT and self.attribute in getattr(
            self.target, '__dict__', {self.attribute: None})
        self.original = original
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            options = dict(self.kwargs)
            if self.spec is not None:
                options['spec'] = original if self.spec is True else self.spec
            if self.spec_set is not None:
                options['spec_set'] = original if self.spec_set is True else self.spec_set
            new = factory(**options)
        self.temp_original = original
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.is_local:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__',
                                                          '__defaults__', '__annotations__',
                                                          '__kwdefaults__')):
                setattr(self.target, self.attribute, self.original)
        return False

    def start(self):
        return self.__enter__()

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, function):
        if isinstance(function, type):
            for name in dir(function):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(function, name)
                    if callable(value):
                        setattr(function, name, self.copy()(value))
            return function
        # Stacked patch decorators make one wrapper, whose patchings pass their mocks
        # in order from the innermost decorator out.
        if hasattr(function, 'patchings'):
            function.patchings.append(self)
            return function

        @functools.wraps(function)
        def patched(*args, **kwargs):
            entered = []
            try:
                for patching in patched.patchings:
                    new = patching.__enter__()
                    entered.append(patching)
                    if patching.new is DEFAULT:
                        args = args + (new,)
                return function(*args, **kwargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)
        patched.patchings = [self]
        return patched

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.new_callable, self.kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable,
                  kwargs)


class _patch_dict:
    """Sets keys of a dict (or clears it first) for a block, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        self.saved = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *exc_info):
        self.in_dict.clear()
        self.in_dict.update(self.saved)
        return False

    def start(self):
        return self.__enter__()

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, function):
        patcher = self

        @functools.wraps(function)
        def patched(*args, **kwargs):
            with patcher:
                return function(*args, **kwargs)
        return patched


patch.object = _patch_object
patch.dict = _patch_dict
patch.TEST_PREFIX = 'test'
