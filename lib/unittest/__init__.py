"""The unit testing framework: test cases, suites, a loader, a text runner and main().

One module holds what CPython spreads over unittest.case, .suite, .loader, .result,
.runner and .main; the classes keep CPython's names, reprs, messages and output format
(each class's __module__ names the submodule CPython defines it in, as reprs show it).
"""

import difflib
import functools
import io
import os
import pprint
import re
import sys
import time
import traceback
import types
import warnings

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'TestProgram', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames',
           'makeSuite', 'findTestCases']


# ---------------------------------------------------------------- utilities

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide_middle(text, keep_front, keep_back):
    """`text` with its middle replaced by `[N chars]` when that saves space."""
    dropped = len(text) - keep_front - keep_back
    if dropped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_front], dropped, text[len(text) - keep_back:])
    return text


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    for i, ch in enumerate(first):
        if ch != last[i]:
            return first[:i]
    return first


def _common_shorten_repr(*args):
    """The reprs of `args`, shortened alike (keeping where they differ) when too long."""
    reprs = tuple(safe_repr(arg) for arg in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    cut = len(prefix)
    room_for_prefix = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room_for_prefix > _MIN_COMMON_LEN:
        short_prefix = _elide_middle(prefix, _MIN_BEGIN_LEN, room_for_prefix)
        return tuple(short_prefix + r[cut:] for r in reprs)
    short_prefix = _elide_middle(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(short_prefix + _elide_middle(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def _count_differences(first, second):
    """(count in first, count in second, element) for each element counted differently."""
    try:
        first_counts = _counts_by_hash(first)
        second_counts = _counts_by_hash(second)
    except TypeError:
        return _count_differences_by_equality(first, second)
    if first_counts == second_counts:
        return []
    found = []
    for elem, count in first_counts.items():
        other = second_counts.get(elem, 0)
        if count != other:
            found.append((count, other, elem))
    for elem, count in second_counts.items():
        if elem not in first_counts:
            found.append((0, count, elem))
    return found


def _counts_by_hash(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_differences_by_equality(first, second):
    """The same as _count_differences for unhashable elements, in quadratic time."""
    left, right = list(first), list(second)
    done = object()
    found = []
    for i, elem in enumerate(left):
        if elem is done:
            continue
        in_left = in_right = 0
        for j in range(i, len(left)):
            if left[j] == elem:
                in_left += 1
                left[j] = done
        for j, other in enumerate(right):
            if other == elem:
                in_right += 1
                right[j] = done
        if in_left != in_right:
            found.append((in_left, in_right, elem))
    for i, elem in enumerate(right):
        if elem is done:
            continue
        in_right = 0
        for j in range(i, len(right)):
            if right[j] == elem:
                in_right += 1
                right[j] = done
        found.append((0, in_right, elem))
    return found


# ---------------------------------------------------------------- exceptions

class SkipTest(Exception):
    """Raise this in a test to skip it."""

    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    """Stops a test's remaining subtests (failfast, or an expected failure seen)."""

    __module__ = 'unittest.case'


# ---------------------------------------------------------------- decorators

def _identity(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test (a method or a whole TestCase class)."""
    def mark(test_item):
        if not isinstance(test_item, type):
            original = test_item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, types.FunctionType):
        test_item, reason = reason, ''
        return mark(test_item)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    return _identity if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------- module cleanups

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups, last added first; re-raises the first failure."""
    first_error = None
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


def _enter_context(cm, add_cleanup):
    # The special methods are looked up on the type, as the with statement does.
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


# ---------------------------------------------------------------- running a test's parts

class _Outcome:
    """What happened while a test ran: whether it still succeeds, an expected failure."""

    __module__ = 'unittest.case'

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def part(self, test_case, subtest=False):
        return _TestPart(self, test_case, subtest)


class _TestPart:
    """A context manager running one part of a test (setUp, the method, a cleanup,
    a subtest) and recording its exception in the result instead of raising it."""

    __module__ = 'unittest.case'

    def __init__(self, outcome, test_case, subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.subtest = subtest

    def __enter__(self):
        self.success_before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        if exc_type is None:
            if self.subtest and outcome.success:
                outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
        elif issubclass(exc_type, KeyboardInterrupt):
            outcome.success = outcome.success and self.success_before
            return False
        elif issubclass(exc_type, SkipTest):
            outcome.success = False
            _add_skip(outcome.result, self.test_case, str(exc_value))
        elif issubclass(exc_type, _ShouldStop):
            pass
        else:
            exc_info = (exc_type, exc_value, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, exc_info)
                else:
                    _add_error(outcome.result, self.test_case, exc_info)
        outcome.success = outcome.success and self.success_before
        return True


def _add_skip(result, test_case, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test_case, reason)
    else:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test_case)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _SubTestContext:
    """What `with self.subTest(...)` enters: one subtest run as a part of its test."""

    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.test_case
        outcome = case._outcome
        self.part = None
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = dict(self.params)
        else:
            params = dict(self.params)
            for key, value in self.parent.params.items():
                if key not in params:
                    params[key] = value
        case._subtest = _SubTest(case, self.message, params)
        self.part = outcome.part(case._subtest, subtest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.part is None:
            return False
        case = self.test_case
        try:
            swallowed = self.part.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return swallowed
        finally:
            case._subtest = self.parent


_NO_SUBTEST_MESSAGE = object()


# ---------------------------------------------------------------- assertion contexts

def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _expected_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:
    """A context manager of a test case's assertion, failing with the case's message."""

    __module__ = 'unittest.case'

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standard_message):
        message = self.test_case._formatMessage(self.msg, standard_message)
        raise self.test_case.failureException(message)


class _AssertionContext(_BaseTestCaseContext):
    """Shared by assertRaises and assertWarns: the context manager, or the callable form."""

    __module__ = 'unittest.case'

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def _missing(self, verb):
        name = _expected_name(self.expected)
        if self.obj_name:
            self._raiseFailure("{} not {} by {}".format(name, verb, self.obj_name))
        self._raiseFailure("{} not {}".format(name, verb))


class _AssertRaisesContext(_AssertionContext):
    __module__ = 'unittest.case'

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing("raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertionContext):
    __module__ = 'unittest.case'

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Forget warnings already shown once, so that this block's show again.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_matching = None
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            if first_matching is None:
                first_matching = warning
            if self.expected_regex is not None and not self.expected_regex.search(str(warning)):
                continue
            self.warning = warning
            self.filename = record.filename
            self.lineno = record.lineno
            return False
        if first_matching is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_matching)))
        self._missing("triggered")
        return False


# ---------------------------------------------------------------- TestCase

class TestCase:
    """A test case: its test methods, run one per instance with setUp and tearDown."""

    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff: difflib is quadratic.
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            test_method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = test_method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual',
            list: 'assertListEqual',
            tuple: 'assertTupleEqual',
            set: 'assertSetEqual',
            frozenset: 'assertSetEqual',
            str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_NO_SUBTEST_MESSAGE, **params):
        """A context in which a failure is reported on its own, with msg and params,
        and the test goes on after it."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
        else:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
        else:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            # The failure needs a traceback, so raise and catch it.
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess as exc:
                result.addFailure(self, (type(exc), exc, exc.__traceback__))

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        else:
            stop_run = None
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(method, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _add_skip(result, self, why)
                return result
            expecting_failure = (getattr(self, "__unittest_expecting_failure__", False)
                                 or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.part(self):
                    self.setUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.part(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self.tearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Runs the cleanups added with addCleanup, last added first."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                function(*args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as exc:
                cls.tearDown_exceptions.append((type(exc), exc, exc.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test letting its exceptions through, for a debugger."""
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False)
                or getattr(method, "__unittest_skip__", False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '')
                   or getattr(method, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self.setUp()
        self._callTestMethod(method)
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    # ------------------------------------------------------------ assertions

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        # Only for operands of exactly the same type: a subclass may redefine equality.
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        asserter = self._getAssertEqualityFunc(first, second)
        asserter(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(
                msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                       places)
        self.fail(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (type_name, safe_repr(seq2)))
        else:
            type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of first %s\n' % (i, type_name)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of second %s\n' % (i, type_name)
                    break
                if item1 != item2:
                    differing += '\nFirst differing element %d:\n%s\n%s\n' % (
                        (i,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    # Equal items in sequences of different types count as equal.
                    return
            if len1 > len2:
                differing += '\nFirst %s contains %d additional elements.\n' % (
                    type_name, len1 - len2)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of first %s\n' % (len2, type_name)
            elif len1 < len2:
                differing += '\nSecond %s contains %d additional elements.\n' % (
                    type_name, len2 - len1)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of second %s\n' % (len1, type_name)
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                              pprint.pformat(seq2).splitlines()))
        standard = self._truncateMessage(differing, diff)
        self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            for item in only_first:
                lines.append(repr(item))
        if only_second:
            lines.append('Items in the second set but not the first:')
            for item in only_second:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (
                safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % safe_repr(expr1)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                  pprint.pformat(d2).splitlines()))
            standard = self._truncateMessage(standard, diff)
            self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        differences = _count_differences(list(first), list(second))
        if differences:
            standard = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            standard = self._truncateMessage(standard, '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        # A one-line text without a line end gets one for the diff, so that the
        # hint line below it starts on a line of its own.
        if len(first_lines) == 1 and first.strip('\r\n') == first:
            first_lines = [first + '\n']
            second_lines = [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
        standard = self._truncateMessage(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (
                safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (
                safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (
                safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (
                safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (
                safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (
                safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def _deprecated_alias(original_name):
        def alias(self, *args, **kwargs):
            warnings.warn('Please use {0} instead.'.format(original_name),
                          DeprecationWarning, 2)
            return getattr(self, original_name)(*args, **kwargs)
        return alias

    failUnlessEqual = assertEquals = _deprecated_alias('assertEqual')
    failIfEqual = assertNotEquals = _deprecated_alias('assertNotEqual')
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias('assertAlmostEqual')
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias('assertNotAlmostEqual')
    failUnless = assert_ = _deprecated_alias('assertTrue')
    failUnlessRaises = _deprecated_alias('assertRaises')
    failIf = _deprecated_alias('assertFalse')
    assertRaisesRegexp = _deprecated_alias('assertRaisesRegex')
    assertRegexpMatches = _deprecated_alias('assertRegex')
    assertNotRegexpMatches = _deprecated_alias('assertNotRegex')
    del _deprecated_alias


class _UnexpectedSuccess(Exception):
    """The test was expected to fail and did not."""

    __module__ = 'unittest.case'


class FunctionTestCase(TestCase):
    """A test case wrapping a function, with optional set-up and tear-down functions."""

    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc
                and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """A subtest of a test, as the result sees it: described by its message and params."""

    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_SUBTEST_MESSAGE:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(', '.join(
                "{}={!r}".format(k, v) for (k, v) in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


# ---------------------------------------------------------------- suites

class BaseTestSuite:
    """A composite test: runs its tests in the order they were added."""

    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures (setUpClass, setUpModule
    and their tear-downs) around the tests it contains, at any depth of nesting."""

    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for test in self:
            if result.shouldStop:
                break
            if not isinstance(test, TestSuite):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        current = test.__class__
        if current == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            # Not a class of our own (a builtin type): nothing to set up.
            pass
        set_up_class = getattr(current, 'setUpClass', None)
        do_class_cleanups = getattr(current, 'doClassCleanups', None)
        if set_up_class is not None:
            _with_buffered_output(result, self._setUpClass, current, set_up_class,
                                  do_class_cleanups, result)

    def _setUpClass(self, current, set_up_class, do_class_cleanups, result):
        failed = False
        class_name = strclass(current)
        try:
            set_up_class()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            failed = True
            try:
                current._classSetupFailed = True
            except TypeError:
                pass
            self._addFixtureError(result, exc, 'setUpClass', class_name)
        if failed and do_class_cleanups is not None:
            do_class_cleanups()
            for exc_info in current.tearDown_exceptions:
                self._addFixtureError(result, exc_info[1], 'setUpClass', class_name,
                                      exc_info)

    def _previousModule(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        current_module = test.__class__.__module__
        if current_module == self._previousModule(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        set_up_module = getattr(module, 'setUpModule', None)
        if set_up_module is not None:
            _with_buffered_output(result, self._setUpModule, current_module, set_up_module,
                                  result)

    def _setUpModule(self, current_module, set_up_module, result):
        try:
            set_up_module()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            self._addFixtureError(result, exc, 'setUpModule', current_module)
        if result._moduleSetUpFailed:
            try:
                doModuleCleanups()
            except Exception as exc:
                self._addFixtureError(result, exc, 'setUpModule', current_module)

    def _addFixtureError(self, result, exc, method_name, parent, exc_info=None):
        holder = _ErrorHolder(f'{method_name} ({parent})')
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, exc_info or (type(exc), exc, exc.__traceback__))

    def _handleModuleTearDown(self, result):
        previous_module = self._previousModule(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is not None:
            _with_buffered_output(result, self._tearDownModule, module, previous_module,
                                  result)

    def _tearDownModule(self, module, previous_module, result):
        tear_down_module = getattr(module, 'tearDownModule', None)
        if tear_down_module is not None:
            try:
                tear_down_module()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                self._addFixtureError(result, exc, 'tearDownModule', previous_module)
        try:
            doModuleCleanups()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._addFixtureError(result, exc, 'tearDownModule', previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down_class = getattr(previous, 'tearDownClass', None)
        do_class_cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down_class is not None or do_class_cleanups is not None:
            _with_buffered_output(result, self._tearDownClass, previous, tear_down_class,
                                  do_class_cleanups, result)

    def _tearDownClass(self, previous, tear_down_class, do_class_cleanups, result):
        class_name = strclass(previous)
        if tear_down_class is not None:
            try:
                tear_down_class()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                self._addFixtureError(result, exc, 'tearDownClass', class_name)
        if do_class_cleanups is not None:
            do_class_cleanups()
            for exc_info in previous.tearDown_exceptions:
                if isinstance(result, _DebugResult):
                    raise exc_info[1]
                self._addFixtureError(result, exc_info[1], 'tearDownClass', class_name,
                                      exc_info)


def _with_buffered_output(result, fixture, *args):
    """Runs a class or module fixture with the output buffered, as tests are, when
    the result buffers it (--buffer)."""
    set_up = getattr(result, '_setupStdout', None)
    if set_up is not None:
        set_up()
    try:
        fixture(*args)
    finally:
        restore = getattr(result, '_restoreStdout', None)
        if restore is not None:
            restore()


class _ErrorHolder:
    """Stands for a test in a result when a fixture outside any test failed."""

    __module__ = 'unittest.suite'

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult:
    """The result TestSuite.debug runs with: lets the fixtures' exceptions through."""

    __module__ = 'unittest.suite'

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ---------------------------------------------------------------- results

_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


def _stops_on_failfast(method):
    @functools.wraps(method)
    def checked(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return checked


class TestResult:
    """Holds the outcome of a run: the failures, errors, skips and the tests counted."""

    __module__ = 'unittest.result'

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        """With buffer, a test's output goes to buffers, shown only if it fails."""
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(_STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(_STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    @_stops_on_failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_stops_on_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and len(self.unexpectedSuccesses) == 0)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of `err` without the frames of this module."""
        own_frame = '  File "%s"' % __file__
        kept = []
        # A traceback header stays only if one of its frames does, as CPython's
        # traceback of an exception raised inside unittest has no header.
        header = None
        for piece in traceback.format_exception(err[0], err[1], err[2]):
            if piece == 'Traceback (most recent call last):\n':
                header = piece
                continue
            if piece.startswith(own_frame):
                continue
            if header is not None and piece.startswith('  File '):
                kept.append(header)
            header = None
            kept.append(piece)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                kept.append(_STDOUT_LINE % (output if output.endswith('\n') else output + '\n'))
            if error:
                kept.append(_STDERR_LINE % (error if error.endswith('\n') else error + '\n'))
        return ''.join(kept)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with a writeln method."""

    __module__ = 'unittest.runner'

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A result that reports each test on a stream as it ends: a character, or a line."""

    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _write_short(self, letter):
        self.stream.write(letter)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._write_status(subtest, "FAIL" if failed else "ERROR")
            elif self.dots:
                self._write_short('F' if failed else 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self._write_short('.')

    def addError(self, test, err):
        super().addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self._write_short('E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self._write_short('F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self._write_short('s')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self._write_short('x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self._write_short('u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports them on a stream (sys.stderr by default), then sums up."""

    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                # The deprecated assertion aliases warn once per module, not per call.
                if self.warnings in ['default', 'always']:
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            start_time = time.perf_counter()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            time_taken = time.perf_counter() - start_time
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", time_taken))
        self.stream.writeln()
        expected_fails = len(getattr(result, 'expectedFailures', ()))
        unexpected_successes = len(getattr(result, 'unexpectedSuccesses', ()))
        skipped = len(getattr(result, 'skipped', ()))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---------------------------------------------------------------- loading

def _sorting_order(x, y):
    return (x > y) - (x < y)


class _FailedTest(TestCase):
    """Stands for a test that could not be loaded: running it raises why."""

    __module__ = 'unittest.loader'
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


class TestLoader:
    """Makes suites of the tests of classes, modules and dotted names."""

    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_sorting_order)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if len(args) > 0 or 'use_load_tests' in kws:
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but {} '
                            'were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument "
                            "'{}'".format(sorted(kws)[0]))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = sys.modules.get(parts[0])
            if module is None:
                exc = ModuleNotFoundError("No module named %r" % parts[0], name=parts[0])
                return self._failedLoad(parts[0], exc, 'Failed to import test module: %s\n%s'
                                        % (parts[0], ''.join(traceback.format_exception_only(exc))))
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                return self._failedLoad(part, exc, 'Failed to access attribute:\n%s'
                                        % (traceback.format_exc(),))
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # A static method is a plain function on the instance too: it is called below.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def _failedLoad(self, name, exc, message):
        self.errors.append(message)
        return self.suiteClass((_FailedTest(name, exc),))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def is_test_method(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, attrname)
            return any(_fnmatchcase(full_name, pattern) for pattern in patterns)

        names = [name for name in dir(testCaseClass) if is_test_method(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


def _fnmatchcase(name, pattern):
    import fnmatch
    return fnmatch.fnmatchcase(name, pattern)


defaultTestLoader = TestLoader()


def _loader_for(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_sorting_order, testNamePatterns=None):
    return _loader_for(prefix, sortUsing, testNamePatterns=testNamePatterns) \
        .getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_sorting_order, suiteClass=TestSuite):
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_sorting_order, suiteClass=TestSuite):
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---------------------------------------------------------------- main

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _as_name_pattern(pattern):
    return pattern if '*' in pattern else '*%s*' % pattern


class TestProgram:
    """The command line of a test module: parses argv, loads and runs the tests, and
    exits with 0 if they passed, 1 if not (unless exit=False)."""

    __module__ = 'unittest.main'

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module.split('.')[0]]
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', []):
            # Deprecation warnings show while the tests run, as CPython's -Wd would.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        self._main_parser.print_help()
        print(_MODULE_EXAMPLES % {'prog': self.progName})

    def _makeParser(self):
        import argparse
        parser = argparse.ArgumentParser()
        parser.prog = self.progName
        parser.print_help = self._print_help
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const',
                            const=0, help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_as_name_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, '
                            'classes and test methods.')
        return parser

    def parseArgs(self, argv):
        self._main_parser = self._makeParser()
        self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = self.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                         buffer=self.buffer, warnings=self.warnings,
                                         tb_locals=self.tb_locals)
            except TypeError:
                # A runner class written before tb_locals existed.
                runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                         buffer=self.buffer, warnings=self.warnings)
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
