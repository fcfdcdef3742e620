/**
 * The question bank (题库): questions of the four types 单选/多选/判断/填空 with their answer keys, explanations,
 * categories, tags, difficulty and the rule or duty clause they test (with the legal basis); importers for the
 * usual Chinese spreadsheets (CSV in UTF-8 or GBK, XLSX) and for Moodle GIFT, Aiken, missing-word and XML files,
 * always all-or-nothing with per-row errors in Chinese and English; and exporters to CSV and XLSX that guard
 * against spreadsheet formula injection.
 */
package org.shoumi.quizzes.bank;
