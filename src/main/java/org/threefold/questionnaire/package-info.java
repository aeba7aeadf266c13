/**
 * Instruments as files: the framework of dimensions and sub-dimensions, the
 * questionnaires, and the action library, read from {@code questionnaires/} at start,
 * validated with file/line/field messages, and versioned by content hash
 * (docs/questionnaire-format.md).
 * <p>
 * API: {@link org.threefold.questionnaire.QuestionnaireCatalog} and the definition
 * records. Reading and validation ({@link org.threefold.questionnaire.DefinitionReader})
 * are plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questionnaires")
package org.threefold.questionnaire;
