/** 错题本: each person's wrongly answered questions, to review and practise until answered right twice in a row. */
package org.shoumi.quizzes.mistakes;
