"""Flowables stacked top-down in one box on one page: measured, fitted, drawn.

A letter is exactly one page, so there is no need for platypus' page machinery: each
flowable is wrapped once to learn its height, the stack is checked against the box, and
drawn straight onto the canvas. fit() tries each style step of styles.SCALES; when even
the smallest does not fit, it shrinks the whole stack to the box (KeepInFrame), so
nothing ever runs off the page or onto a second one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame

from desktop.letters.styles import SCALES, Scale


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points from the bottom left corner."""

    x: float
    y: float  # bottom edge
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Fitted:
    flowables: list[Any]  # wrapped at the box's width, ready for draw()
    sizes: list[tuple[float, float]]  # (width, height) of each
    height: float
    step: int  # index into SCALES; len(SCALES) when shrunk to fit
    shrunk: bool


def measure(
    canvas: Any, flowables: Sequence[Any], width: float, height: float
) -> list[tuple[float, float]]:
    """Wrap each flowable at `width`; their (width, height)."""
    return [tuple(f.wrapOn(canvas, width, height)) for f in flowables]


def stacked_height(flowables: Sequence[Any], sizes: Sequence[tuple[float, float]]) -> float:
    total = 0.0
    last = len(flowables) - 1
    for i, (flowable, (_, height)) in enumerate(zip(flowables, sizes, strict=True)):
        total += height
        if i:
            total += flowable.getSpaceBefore()
        if i < last:
            total += flowable.getSpaceAfter()
    return total


def fit(canvas: Any, build: Callable[[Scale], list[Any]], box: Box) -> Fitted:
    """The flowables `build` makes at the first style step whose stack fits `box`."""
    flowables: list[Any] = []
    for step, scale in enumerate(SCALES):
        flowables = build(scale)
        sizes = measure(canvas, flowables, box.width, box.height)
        height = stacked_height(flowables, sizes)
        if height <= box.height:
            return Fitted(flowables, sizes, height, step, shrunk=False)
    shrink = KeepInFrame(box.width, box.height, flowables, mode="shrink")
    width, height = shrink.wrapOn(canvas, box.width, box.height)
    return Fitted([shrink], [(width, height)], height, len(SCALES), shrunk=True)


def draw(canvas: Any, fitted: Fitted, box: Box) -> None:
    """Draw a fitted stack from the top of `box` down."""
    y = box.top
    for i, (flowable, (width, height)) in enumerate(
        zip(fitted.flowables, fitted.sizes, strict=True)
    ):
        if i:
            y -= flowable.getSpaceBefore()
        y -= height
        flowable.drawOn(canvas, box.x, y, _sW=box.width - width)
        y -= flowable.getSpaceAfter()


class Beside(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Two flowables side by side, top-aligned: the right one takes `right_width`."""

    def __init__(self, left: Any, right: Any, right_width: float, space_after: float) -> None:
        super().__init__()
        self.left, self.right, self.right_width = left, right, right_width
        self.spaceAfter = space_after
        self._sizes = ((0.0, 0.0), (0.0, 0.0))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        left = self.left.wrap(avail_width - self.right_width, avail_height)
        right = self.right.wrap(self.right_width, avail_height)
        self._sizes = (left, right)
        self.width, self.height = avail_width, max(left[1], right[1])
        return self.width, self.height

    def draw(self) -> None:
        (_, left_height), (right_width, right_height) = self._sizes
        self.left.drawOn(self.canv, 0, self.height - left_height)
        x = self.width - self.right_width
        self.right.drawOn(
            self.canv, x, self.height - right_height, _sW=self.right_width - right_width
        )
