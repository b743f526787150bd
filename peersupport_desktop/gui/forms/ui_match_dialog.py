# Generated from ui/match_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_MatchDialog(object):
    def setupUi(self, MatchDialog: Any) -> None:
        if not MatchDialog.objectName():
            MatchDialog.setObjectName(u"MatchDialog")
        MatchDialog.setMinimumSize(QSize(760, 480))
        self.layout = QVBoxLayout(MatchDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(MatchDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.preferenceRow = QHBoxLayout()
        self.preferenceRow.setObjectName(u"preferenceRow")
        self.preferenceLabel = QLabel(MatchDialog)
        self.preferenceLabel.setObjectName(u"preferenceLabel")

        self.preferenceRow.addWidget(self.preferenceLabel)

        self.preferenceCombo = QComboBox(MatchDialog)
        self.preferenceCombo.setObjectName(u"preferenceCombo")

        self.preferenceRow.addWidget(self.preferenceCombo)

        self.preferenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preferenceRow.addItem(self.preferenceSpacer)


        self.layout.addLayout(self.preferenceRow)

        self.suggestionsView = QTableView(MatchDialog)
        self.suggestionsView.setObjectName(u"suggestionsView")
        self.suggestionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.suggestionsView)

        self.excludedCheck = QCheckBox(MatchDialog)
        self.excludedCheck.setObjectName(u"excludedCheck")

        self.layout.addWidget(self.excludedCheck)

        self.excludedView = QTableView(MatchDialog)
        self.excludedView.setObjectName(u"excludedView")
        self.excludedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.excludedView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.layout.addWidget(self.excludedView)

        self.messageLabel = QLabel(MatchDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.assignButton = QPushButton(MatchDialog)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonRow.addWidget(self.assignButton)

        self.closeButton = QPushButton(MatchDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.preferenceLabel.setBuddy(self.preferenceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preferenceCombo, self.suggestionsView)
        QWidget.setTabOrder(self.suggestionsView, self.excludedCheck)
        QWidget.setTabOrder(self.excludedCheck, self.excludedView)
        QWidget.setTabOrder(self.excludedView, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.closeButton)

        self.retranslateUi(MatchDialog)

        self.assignButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MatchDialog: Any) -> None:
        MatchDialog.setWindowTitle(QCoreApplication.translate("MatchDialog", u"Find a supporter", None))
        self.preferenceLabel.setText(QCoreApplication.translate("MatchDialog", u"Supporter's &department:", None))
#if QT_CONFIG(tooltip)
        self.preferenceCombo.setToolTip(QCoreApplication.translate("MatchDialog", u"The person's own wish about where the supporter comes from; it overrides the program's rule.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.preferenceCombo.setAccessibleName(QCoreApplication.translate("MatchDialog", u"The person's wish about the supporter's department", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.suggestionsView.setToolTip(QCoreApplication.translate("MatchDialog", u"The supporters who could take the case, best fit first, with the reasons.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.suggestionsView.setAccessibleName(QCoreApplication.translate("MatchDialog", u"Suggested supporters, best first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.excludedCheck.setToolTip(QCoreApplication.translate("MatchDialog", u"Also list the supporters left out, with the reason for each.", None))
#endif // QT_CONFIG(tooltip)
        self.excludedCheck.setText(QCoreApplication.translate("MatchDialog", u"Show who is &excluded, and why", None))
#if QT_CONFIG(tooltip)
        self.excludedView.setToolTip(QCoreApplication.translate("MatchDialog", u"The supporters left out of the suggestions, and why.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.excludedView.setAccessibleName(QCoreApplication.translate("MatchDialog", u"Excluded supporters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("MatchDialog", u"Assign the chosen supporter to the case.", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("MatchDialog", u"&Assign", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("MatchDialog", u"Close without assigning anyone.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("MatchDialog", u"Close", None))
    # retranslateUi

