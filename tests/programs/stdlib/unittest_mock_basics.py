"""unittest.mock's basics: Mock and MagicMock (calls recorded, child mocks, return_value,
side_effect, spec, configure_mock, reset_mock, the assert_* methods and their messages),
call, ANY, sentinel, PropertyMock, patch, patch.object and patch.dict."""
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
import os.path

m = Mock()
print(isinstance(m, Mock), isinstance(MagicMock(), Mock), type(m).__name__)
print(type(m(1, 2, a=3)).__name__, m.call_count, m.called, m.call_args, m.call_args_list)
m.method(5)
m.method.other(x=1)
m().chain(2)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs)
m.method.assert_called_with(ANY)
for check, args in [("assert_called_with", (9,)), ("assert_called_once", ()),
                    ("assert_not_called", ()), ("assert_called_once_with", (1, 2)),
                    ("assert_any_call", (7,))]:
    try:
        getattr(m, check)(*args)
    except AssertionError as e:
        print(check, "->", e)
try:
    m.method.assert_has_calls([call(5), call(6)])
except AssertionError as e:
    print(e)
m.method.assert_has_calls([call(5)])
print(m.mock_calls == [call(1, 2, a=3), call.method(5), call.method.other(x=1), call(), call().chain(2)])
m.reset_mock()
print(m.call_count, m.mock_calls)
n = Mock(return_value=42)
print(n(), n.return_value)
n.side_effect = [1, 2, ValueError("third")]
print(n(), n())
try:
    n()
except ValueError as e:
    print("raised", e)
n.side_effect = lambda x: x * 2
print(n(21))
n.side_effect = KeyError
try:
    n()
except KeyError:
    print("KeyError raised")
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != mm)
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k.upper()
print(len(mm), mm["abc"])
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__iter__.return_value = iter([1, 2])
print(list(mm))
print(sentinel.thing is sentinel.thing, sentinel.thing)
c = Mock(name="conf", x=1, **{"y.return_value": 5})
print(c.x, c.y(), c.name is not None)
s = Mock(spec=["a", "b"])
s.a()
try:
    s.c
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.assret_called()
except AttributeError as e:
    print("AttributeError:", e)
print(call(1, x=2), call.foo.bar(3), call().baz, repr(call))

class Thing:
    value = 1
    def method(self):
        return "real"

with patch.object(Thing, "method", return_value="fake") as fake:
    print(Thing().method(), fake.call_count)
print(Thing().method())
with patch("os.path.exists", return_value=True) as exists:
    print(os.path.exists("/nope"), exists.call_args)
print(os.path.exists("/nope/really"))
config = {"a": 1}
with patch.dict(config, {"b": 2}):
    print(config)
print(config)

@patch("os.path.isdir")
@patch("os.path.isfile")
def check(isfile, isdir):
    isfile.return_value = "file"
    isdir.return_value = "dir"
    return os.path.isfile("x"), os.path.isdir("y"), isfile.call_args, isdir.call_args
print(check())
print(os.path.isfile("/nope"))

class T(unittest.TestCase):
    @patch.object(Thing, "value", 99)
    def test_value(self):
        self.assertEqual(Thing.value, 99)
    def test_mock(self):
        w = Mock()
        w.go(1)
        w.go.assert_called_once_with(2)

import io
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(len(r.failures), r.failures[0][1].splitlines()[-3:])
print(Thing.value)
pm = mock.PropertyMock(return_value=3)
type(mm).prop = pm
print(mm.prop, pm.call_count)
unmocked = Mock()
unmocked.assert_called_once_with("never")
