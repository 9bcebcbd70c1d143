// The report's figures as people read them: conversion rates, and counts as they may leave the
// app. Pure; the page, the CSV and their tests share it.

/** In any count that leaves the app (the CSV), a number below this shows as "<5" (issue 24). */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED = `<${SUPPRESS_BELOW}`;

/** A count as the CSV writes it: the number, or "<5" below five (zero too: nothing is exact below it). */
export function suppressed(count: number): number | typeof SUPPRESSED {
  return count < SUPPRESS_BELOW ? SUPPRESSED : count;
}

/** part / whole, or null when the whole is 0 (no rate, rather than 0% or infinity). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** "12.5%", or "—" when there is no rate. */
export function rateText(value: number | null): string {
  return value === null ? "—" : percent.format(value);
}

/**
 * A rate as the CSV writes it: "—" without a whole; empty when either count is below five,
 * since a rate and the larger count would give the smaller one back.
 */
export function suppressedRateText(part: number, whole: number): string {
  if (whole === 0) return "—";
  if (part < SUPPRESS_BELOW || whole < SUPPRESS_BELOW) return "";
  return rateText(rate(part, whole));
}
