/**
 * Certificates of passed exams: the PDF with its verification code and QR code, the record of each certificate
 * handed out, and the public check of a paper copy.
 */
package org.shoumi.quizzes.certificates;
