/**
 * The content pack: rules, post duties, pledge templates, self-inspection checklists and questions kept as
 * Markdown text files in the repository, parsed and validated (file and line for every problem) before they
 * are imported as the first version of each document.
 */
package org.shoumi.content.pack;
