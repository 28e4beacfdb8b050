import logging
import sys

from companion import app as companion_app


def test_an_unexpected_error_becomes_a_message_and_a_log_line(parts):
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    hook_before = sys.excepthook
    try:
        companion_app.catch_unexpected_errors(parts)
        try:
            raise ValueError("boom")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        assert parts.window.banner.isVisible()
        text = parts.window.banner.label.text()
        assert "ValueError: boom" in text and "Your data is safe" in text
        for handler in root.handlers:
            handler.flush()
        log_text = (parts.store.path.parent / "companion.log").read_text()
        assert "unexpected error" in log_text and "ValueError: boom" in log_text
    finally:
        sys.excepthook = hook_before
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
                handler.close()
