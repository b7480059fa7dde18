package org.barometer.views.model;

/** A figure printed in the issue that disagrees with the one computed from its catalogue. */
public record StatedDifference(String figure, int stated, int computed) {
}
