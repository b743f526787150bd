# Generated from ui/supporters_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SupportersPage(object):
    def setupUi(self, SupportersPage: Any) -> None:
        if not SupportersPage.objectName():
            SupportersPage.setObjectName(u"SupportersPage")
        self.layout = QVBoxLayout(SupportersPage)
        self.layout.setObjectName(u"layout")
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.heading = QLabel(SupportersPage)
        self.heading.setObjectName(u"heading")

        self.headingRow.addWidget(self.heading)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingRow.addItem(self.headingSpacer)

        self.countLabel = QLabel(SupportersPage)
        self.countLabel.setObjectName(u"countLabel")

        self.headingRow.addWidget(self.countLabel)


        self.layout.addLayout(self.headingRow)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.searchEdit = QLineEdit(SupportersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.searchEdit)

        self.ruleLabel = QLabel(SupportersPage)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.filters.addWidget(self.ruleLabel)

        self.ruleCombo = QComboBox(SupportersPage)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.filters.addWidget(self.ruleCombo)

        self.retiredCheck = QCheckBox(SupportersPage)
        self.retiredCheck.setObjectName(u"retiredCheck")

        self.filters.addWidget(self.retiredCheck)


        self.layout.addLayout(self.filters)

        self.table = QTableView(SupportersPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(SupportersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(SupportersPage)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.availabilityButton = QPushButton(SupportersPage)
        self.availabilityButton.setObjectName(u"availabilityButton")

        self.buttons.addWidget(self.availabilityButton)

        self.pauseButton = QPushButton(SupportersPage)
        self.pauseButton.setObjectName(u"pauseButton")

        self.buttons.addWidget(self.pauseButton)

        self.retireButton = QPushButton(SupportersPage)
        self.retireButton.setObjectName(u"retireButton")

        self.buttons.addWidget(self.retireButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(SupportersPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.importButton = QPushButton(SupportersPage)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(SupportersPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.ruleLabel.setBuddy(self.ruleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.ruleCombo)
        QWidget.setTabOrder(self.ruleCombo, self.retiredCheck)
        QWidget.setTabOrder(self.retiredCheck, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.availabilityButton)
        QWidget.setTabOrder(self.availabilityButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)

        self.retranslateUi(SupportersPage)
    # setupUi

    def retranslateUi(self, SupportersPage: Any) -> None:
        self.heading.setText(QCoreApplication.translate("SupportersPage", u"Supporters", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("SupportersPage", u"How many supporters, and who needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("SupportersPage", u"Finds supporters by name, role, department or language.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SupportersPage", u"Search name, role, department or language", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("SupportersPage", u"Search supporters", None))
#endif // QT_CONFIG(accessibility)
        self.ruleLabel.setText(QCoreApplication.translate("SupportersPage", u"Supporters come fro&m:", None))
#if QT_CONFIG(accessibility)
        self.ruleCombo.setAccessibleName(QCoreApplication.translate("SupportersPage", u"The program's rule: where supporters come from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ruleCombo.setToolTip(QCoreApplication.translate("SupportersPage", u"The program's rule for matching; a person's own wish on their case overrides it.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.retiredCheck.setToolTip(QCoreApplication.translate("SupportersPage", u"Also list the supporters who have retired.", None))
#endif // QT_CONFIG(tooltip)
        self.retiredCheck.setText(QCoreApplication.translate("SupportersPage", u"Show &retired", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("SupportersPage", u"The peer supporters, with their load and training; press Enter to edit the chosen one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SupportersPage", u"Supporters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Add a new peer supporter to the roster.", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("SupportersPage", u"&Add supporter\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Change the chosen supporter's details.", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("SupportersPage", u"E&dit\u2026", None))
#if QT_CONFIG(tooltip)
        self.availabilityButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Set when the chosen supporter is free, and the trainings they attended.", None))
#endif // QT_CONFIG(tooltip)
        self.availabilityButton.setText(QCoreApplication.translate("SupportersPage", u"Availa&bility and training\u2026", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Stop suggesting the chosen supporter for a while, or let them be suggested again.", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("SupportersPage", u"&Pause", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Take the chosen supporter off the roster; their history stays.", None))
#endif // QT_CONFIG(tooltip)
        self.retireButton.setText(QCoreApplication.translate("SupportersPage", u"Re&tire", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Save the chosen supporter's availability as a calendar file.", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SupportersPage", u"E&xport calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SupportersPage", u"Read the chosen supporter's availability from a calendar file.", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SupportersPage", u"&Import calendar\u2026", None))
        pass
    # retranslateUi

