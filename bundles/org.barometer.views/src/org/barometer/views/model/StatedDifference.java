package org.barometer.views.model;

import org.barometer.model.FigureKind;

/**
 * A figure printed in the issue that disagrees with the one computed from its catalogue: the
 * stated aggregate against the computed aggregate, the stated total against the computed total,
 * never one kind against another.
 */
public record StatedDifference(FigureKind figure, int stated, int computed) {
}
