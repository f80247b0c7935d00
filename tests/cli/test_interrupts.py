"""Ctrl-C while a row is recorded waits for the row to be whole (``lox24.cli._interrupts``)."""

from __future__ import annotations

import os
import signal

import pytest

from lox24.cli._interrupts import WholeRows


def test_an_interrupt_during_a_row_is_raised_once_the_row_is_whole():
    """SIGINT inside row() lets the block finish, then raises KeyboardInterrupt."""
    done: list[str] = []

    def record(guard: WholeRows) -> None:
        with guard.row():
            os.kill(os.getpid(), signal.SIGINT)
            done.append("counted")
            done.append("written")

    with WholeRows() as guard, pytest.raises(KeyboardInterrupt):
        record(guard)
    assert done == ["counted", "written"]


def test_an_interrupt_between_rows_is_raised_at_once():
    """Outside row() a SIGINT interrupts right away, as a wait for the network must be."""
    reached: list[str] = []

    def wait() -> None:
        os.kill(os.getpid(), signal.SIGINT)
        reached.append("after")

    with WholeRows(), pytest.raises(KeyboardInterrupt):
        wait()
    assert reached == []


def test_the_previous_handler_comes_back():
    """Leaving the context restores the SIGINT handler it found."""
    before = signal.getsignal(signal.SIGINT)
    with WholeRows():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
