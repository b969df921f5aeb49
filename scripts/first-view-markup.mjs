// The markup scripts/first-view.mjs writes into a release page, in one place for it and for the
// one-file build (scripts/make-offline.mjs), which takes that markup out again.

/** The script after each first view's template: it asks index.html's early script to show the
 * template, which it does once the data is in and the parser has gone past the template. */
export const SHOW_SCRIPT = '<script>window.briefingShowFirstView?.();</script>';

/** A first view's template with its show script, and the whitespace before them. */
export const FIRST_VIEW = new RegExp(
  String.raw`\s*<template data-first-view="[a-z]+"[^>]*>[\s\S]*?<\/template>\s*`
    + SHOW_SCRIPT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  'g',
);
