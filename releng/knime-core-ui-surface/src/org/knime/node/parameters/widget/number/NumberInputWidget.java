package org.knime.node.parameters.widget.number;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.NoopMaxValidationProvider;
import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.NoopMinValidationProvider;
import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.TypeDependentMaxValidation;
import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.TypeDependentMinValidation;
import org.knime.node.parameters.updates.StateProvider;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/** Compile-only surface of KNIME's {@code NumberInputWidget} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NumberInputWidget {

    Class<? extends MinValidation> minValidation() default TypeDependentMinValidation.class;

    Class<? extends MaxValidation> maxValidation() default TypeDependentMaxValidation.class;

    Class<? extends StateProvider<? extends MinValidation>> minValidationProvider() default NoopMinValidationProvider.class;

    Class<? extends StateProvider<? extends MaxValidation>> maxValidationProvider() default NoopMaxValidationProvider.class;
}
