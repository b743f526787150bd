# Generated from ui/departments_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DepartmentsDialog(object):
    def setupUi(self, DepartmentsDialog: Any) -> None:
        if not DepartmentsDialog.objectName():
            DepartmentsDialog.setObjectName(u"DepartmentsDialog")
        DepartmentsDialog.setMinimumSize(QSize(560, 360))
        self.layout = QVBoxLayout(DepartmentsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DepartmentsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.departmentsTable = QTableWidget(DepartmentsDialog)
        self.departmentsTable.setObjectName(u"departmentsTable")
        self.departmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.departmentsTable)

        self.messageLabel = QLabel(DepartmentsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(DepartmentsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(DepartmentsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.departmentsTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(DepartmentsDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DepartmentsDialog: Any) -> None:
        DepartmentsDialog.setWindowTitle(QCoreApplication.translate("DepartmentsDialog", u"Departments in reports and exports", None))
        self.introLabel.setText(QCoreApplication.translate("DepartmentsDialog", u"A department is named in a report or export only when it is ticked here and has at least as many cases as the small-number threshold. Others are grouped: into their service line when the line's departments reach the threshold together, otherwise into \"other departments\". Departments first seen in an imported notice start unticked: their names may say who someone is.", None))
#if QT_CONFIG(tooltip)
        self.departmentsTable.setToolTip(QCoreApplication.translate("DepartmentsDialog", u"Tick the departments that may be named in reports, and give each its service line.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.departmentsTable.setAccessibleName(QCoreApplication.translate("DepartmentsDialog", u"Departments, whether each is named, and its service line", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("DepartmentsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DepartmentsDialog", u"Keep these choices for reports and exports.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DepartmentsDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("DepartmentsDialog", u"Close the list; changes not saved are dropped.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DepartmentsDialog", u"Close", None))
    # retranslateUi

