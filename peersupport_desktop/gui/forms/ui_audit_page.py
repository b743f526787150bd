# Generated from ui/audit_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage: Any) -> None:
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.layout = QVBoxLayout(AuditPage)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(AuditPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.layout.addWidget(self.pageTitle)

        self.introLabel = QLabel(AuditPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.periodCheck = QCheckBox(AuditPage)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filters.addWidget(self.periodCheck)

        self.sinceEdit = QDateEdit(AuditPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.filters.addWidget(self.sinceEdit)

        self.andLabel = QLabel(AuditPage)
        self.andLabel.setObjectName(u"andLabel")

        self.filters.addWidget(self.andLabel)

        self.untilEdit = QDateEdit(AuditPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.filters.addWidget(self.untilEdit)

        self.groupLabel = QLabel(AuditPage)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filters.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(AuditPage)
        self.groupCombo.setObjectName(u"groupCombo")

        self.filters.addWidget(self.groupCombo)

        self.recordLabel = QLabel(AuditPage)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filters.addWidget(self.recordLabel)

        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.recordEdit)

        self.findButton = QPushButton(AuditPage)
        self.findButton.setObjectName(u"findButton")

        self.filters.addWidget(self.findButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.table = QTableView(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.footer.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.moreButton = QPushButton(AuditPage)
        self.moreButton.setObjectName(u"moreButton")

        self.footer.addWidget(self.moreButton)


        self.layout.addLayout(self.footer)

        self.messageLabel = QLabel(AuditPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.recordLabel.setBuddy(self.recordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCheck, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.table)
        QWidget.setTabOrder(self.table, self.moreButton)

        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage: Any) -> None:
        self.pageTitle.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.introLabel.setText(QCoreApplication.translate("AuditPage", u"Who did what, and when: every case opened or changed, every report and export. Never what a record holds.", None))
        self.periodCheck.setText(QCoreApplication.translate("AuditPage", u"&Between", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("AuditPage", u"Only the entries of these days, both included", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sinceEdit.setToolTip(QCoreApplication.translate("AuditPage", u"The first day of entries to show.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
        self.andLabel.setText(QCoreApplication.translate("AuditPage", u"and", None))
#if QT_CONFIG(tooltip)
        self.untilEdit.setToolTip(QCoreApplication.translate("AuditPage", u"The last day of entries to show.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
        self.groupLabel.setText(QCoreApplication.translate("AuditPage", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.groupCombo.setToolTip(QCoreApplication.translate("AuditPage", u"Only entries of this kind of action.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Kind of action", None))
#endif // QT_CONFIG(accessibility)
        self.recordLabel.setText(QCoreApplication.translate("AuditPage", u"&Record:", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Case reference, or e.g. supporter 12", None))
#if QT_CONFIG(accessibility)
        self.recordEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recordEdit.setToolTip(QCoreApplication.translate("AuditPage", u"A case reference shows the case, its contacts and its resource offers; a kind and a number (supporter 12, export 3) shows that record. Press Enter to find.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.findButton.setToolTip(QCoreApplication.translate("AuditPage", u"Show the entries that match these choices.", None))
#endif // QT_CONFIG(tooltip)
        self.findButton.setText(QCoreApplication.translate("AuditPage", u"Fi&nd", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("AuditPage", u"Who did what and when, newest first.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.moreButton.setText(QCoreApplication.translate("AuditPage", u"Load &more", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("AuditPage", u"The next older entries", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

